language-name = Suomi

## Aloitus
welcome = Tervetuloa
start-touch-language = Aloita koskettamalla kieltäsi
start-open-today = Avoinna tänään { $hours }
start-closed-today = Suljettu tänään

## Koti
home-title = Mitä haluat tehdä?
home-desk-hint = Voit aina kysyä neuvontapisteen henkilökunnalta.

## Aukioloajat
tile-hours = Aukioloajat
tile-hours-text = Milloin olemme auki seuraavien seitsemän päivän aikana
hours-title = Aukioloajat
hours-closed = Suljettu
hours-changed = Poikkeavat aukioloajat
hours-today-date = Tänään, { $date }
hours-day-line = { $day }: { $hours }

## Päivämäärät
weekday-1 = maanantai
weekday-2 = tiistai
weekday-3 = keskiviikko
weekday-4 = torstai
weekday-5 = perjantai
weekday-6 = lauantai
weekday-7 = sunnuntai
month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
date-long = { $weekday } { $day }. { $month }

## Jokaisen näytön painikerivi
bar-language = Kieli
bar-text-size = Tekstin koko
bar-contrast = Suuri kontrasti
bar-start-over = Aloita alusta
bar-back = Takaisin
text-size-sample = A
language-picker-title = Valitse kieli

## Oletko vielä siinä?
idle-title = Oletko vielä siinä?
idle-countdown = { $seconds ->
    [one] { $seconds } sekunnin kuluttua näyttö aloittaa alusta ja kaikki valitsemasi ja kirjoittamasi poistetaan.
   *[other] { $seconds } sekunnin kuluttua näyttö aloittaa alusta ja kaikki valitsemasi ja kirjoittamasi poistetaan.
}
idle-yes = Kyllä, olen täällä

## Palaute (synpunkt)
tile-synpunkt = Anna palautetta
tile-synpunkt-text = Valitus, kiitos tai ehdotus kunnan palveluista
syn-intro-title = Anna palautetta
syn-intro-what = Palaute on valitus, kiitos tai ehdotus kunnan palveluista. Se voi koskea sitä, miten sinua kohdeltiin, kuinka kauan jokin kesti, saavutettavuutta tai osaamista.
syn-intro-use = Luemme kaiken palautteen ja käytämme sitä parantaaksemme toimintaamme.
syn-intro-continue = Kyllä, haluan antaa palautetta
syn-not-title = Tämä ei ole palautetta. Kosketa nähdäksesi, mihin voit kääntyä:
syn-route-fault-title = Vikailmoitus
syn-route-fault-text = Jokin on rikki tai vaarallinen, esimerkiksi katuvalo, kuoppa tiessä tai töhryt.
    Tee vikailmoitus, jotta oikeat ihmiset voivat korjata sen.
syn-route-proposal-title = Ehdotus päättäjille (e-aloite)
syn-route-proposal-text = Haluat, että poliitikot päättävät jostakin uudesta kunnassa.
    Tee e-aloite. Muut asukkaat voivat tukea sitä ja poliitikot ottavat siihen kantaa.
syn-route-damage-title = Vahingonkorvaus
syn-route-damage-text = Haluat korvauksen vahingosta, josta kunta on mielestäsi vastuussa.
    Hae vahingonkorvausta. Säilytä kuitit ja ota kuvia vahingosta.
syn-route-appeal-title = Valita päätöksestä
syn-route-appeal-text = Olet sitä mieltä, että kunnan päätös on väärä.
    Päätöksestä valittaminen on eri asia kuin palaute. Valituksilla on omat sääntönsä ja määräaikansa, usein kolme viikkoa siitä päivästä, jona sait päätöksen. Päätöksessä kerrotaan, miten toimit.
syn-route-scan = Skannaa koodi puhelimesi kameralla tai mene osoitteeseen:
syn-route-back = Takaisin palautteeseen
syn-kind-title = Mitä haluat antaa?
syn-kind-complaint = Valitus
syn-kind-complaint-text = Jokin ei toiminut niin kuin pitäisi
syn-kind-praise = Kiitos
syn-kind-praise-text = Jokin toimi hyvin
syn-kind-suggestion = Ehdotus
syn-kind-suggestion-text = Idea siitä, miten jotakin voisi parantaa
syn-area-title = Mitä palvelua asia koskee?
syn-area-school = Koulu ja esikoulu
syn-area-social = Sosiaalipalvelut, hoito ja hoiva
syn-area-building = Rakentaminen ja asuminen
syn-area-streets = Kadut ja puistot
syn-area-culture = Kulttuuri ja vapaa-aika
syn-area-center = Asiointipiste (medborgarcenter)
syn-area-other = Muu
syn-topics-title = Mitä asia koskee?
syn-topics-hint = Valitse yksi tai useampi.
syn-topic-treatment = Kohtelu
syn-topic-handling-time = Käsittelyaika
syn-topic-accessibility = Saavutettavuus
syn-topic-competence = Tieto ja osaaminen
syn-topic-other = Muu
syn-selected = Valittu: { $choice }
syn-next = Seuraava
syn-error-no-topic = Valitse vähintään yksi.
syn-message-title = Kirjoita palautteesi
syn-message-hint = Kerro, mitä tapahtui, missä ja milloin.
syn-error-message-empty = Kirjoita jotakin ennen kuin jatkat.
syn-error-message-too-long = Teksti on liian pitkä. Voit kirjoittaa enintään 4000 merkkiä.
syn-error-message-control = Tekstissä on merkki, jota ei voi lähettää.
kb-chars-left = { $count ->
    [one] { $count } merkki jäljellä
   *[other] { $count } merkkiä jäljellä
}
kb-shift = Iso kirjain
kb-backspace = Poista
kb-space = Välilyönti
kb-clear = Tyhjennä
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = Haluatko vastauksen?
syn-contact-with-title = Yhteystietojen kanssa
syn-contact-answer = Jos annat sähköpostiosoitteen tai puhelinnumeron, kunta vastaa sinulle viimeistään { $date }.
syn-contact-answer-soon = Jos annat sähköpostiosoitteen tai puhelinnumeron, kunta vastaa sinulle kahden työpäivän kuluessa.
syn-contact-anonymous-title = Nimettömänä
syn-contact-anonymous = Ilman yhteystietoja et saa vastausta. Luemme ja käytämme palautteesi silti.
syn-contact-public-title = Julkinen asiakirja
syn-contact-public = Palautteesta tulee julkinen asiakirja. Se tarkoittaa, että muut voivat pyytää saada lukea sen. Älä kirjoita arkaluonteisia tietoja, esimerkiksi terveydestä.
syn-contact-with = Haluan vastauksen
syn-contact-anonymous-button = Lähetä nimettömänä
syn-details-title = Yhteystietosi
syn-details-hint = Kirjoita sähköpostiosoite tai puhelinnumero tai molemmat. Nimen voit kirjoittaa, jos haluat.
syn-field-name = Nimi
syn-field-email = Sähköposti
syn-field-phone = Puhelin
syn-field-name-hint = Nimesi (jos haluat).
syn-field-email-hint = Esimerkiksi nimi@esimerkki.fi
syn-field-phone-hint = Esimerkiksi 070-123 45 67 tai + ja maatunnus
syn-field-empty = Ei täytetty
syn-field-write = Kirjoita: { $field }
syn-field-done = Valmis
syn-error-name = Nimi on liian pitkä.
syn-error-email-at = Sähköpostiosoitteessa on @, esimerkiksi nimi@esimerkki.fi
syn-error-email-domain = Tarkista @-merkin jälkeinen osa, esimerkiksi esimerkki.fi
syn-error-email-character = Sähköpostiosoitteessa on välilyönti tai merkki, joka ei ole sallittu.
syn-error-email-too-long = Sähköpostiosoite on liian pitkä.
syn-error-phone-too-short = Puhelinnumerossa on liian vähän numeroita.
syn-error-phone-too-long = Puhelinnumerossa on liian monta numeroa.
syn-error-phone-character = Käytä vain numeroita, välilyöntejä ja alussa +.
syn-error-phone-prefix = Aloita numerolla 0 (esimerkiksi 070) tai merkillä + ja maatunnuksella.
syn-error-no-contact = Kirjoita sähköpostiosoite tai puhelinnumero, jotta voimme vastata sinulle. Tai palaa takaisin ja valitse lähettää nimettömänä.
syn-review-title = Onko kaikki oikein?
syn-review-hint = Lue läpi. Voit muuttaa kaikkea ennen lähettämistä.
syn-review-kind = Tyyppi
syn-review-area = Palvelu
syn-review-topics = Koskee
syn-review-message = Tekstisi
syn-review-contact = Yhteystiedot
syn-review-anonymous = Nimetön, et saa vastausta
syn-review-line = { $label }: { $value }
syn-review-edit-kind = Muuta tyyppiä
syn-review-edit-area = Muuta palvelua
syn-review-edit-topics = Muuta aiheita
syn-review-edit-message = Muuta tekstiä
syn-review-edit-contact = Muuta yhteystietoja
syn-send = Lähetä
syn-sending = Lähetetään …
syn-receipt-title = Kiitos palautteestasi!
syn-receipt-sorry = Olemme pahoillamme, että sinulla oli huono kokemus.
syn-receipt-queued = Kioskilla ei juuri nyt ole yhteyttä kuntaan. Palautteesi on tallennettu tänne ja se lähetetään heti, kun yhteys palaa.
syn-receipt-next = Kunnan asiakaspalvelukeskus kirjaa palautteesi. Palvelusta vastaava lautakunta seuraa sitä.
syn-receipt-answer = Saat vastauksen viimeistään { $date }.
syn-receipt-no-answer = Et antanut yhteystietoja, joten et saa vastausta. Luemme ja käytämme palautteesi silti.
syn-receipt-unhappy = Jos et ole tyytyväinen vastaukseen, voit ottaa uudelleen yhteyttä ja pyytää, että palvelun esihenkilö katsoo asiaa. Kerro viitenumerosi.
syn-receipt-reference = Viitenumerosi:
syn-receipt-done = Valmis
syn-list-separator = { ", " }
