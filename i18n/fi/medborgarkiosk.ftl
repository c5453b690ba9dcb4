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

## Jonotuslippu
tile-queue = Jonotuslippu
tile-queue-text = Ota jonotuslippu ja katso, kauanko joudut odottamaan
queue-title = Jonotuslippu
queue-loading = Haetaan jonoja …
queue-choose = Valitse, mitä asiasi koskee.
queue-group-desk = Apua neuvonnassa
queue-group-specialist = Asiantuntijat käsittelevät
queue-people-waiting = { $count ->
    [one] { $count } henkilö odottaa
   *[other] { $count } henkilöä odottaa
}
queue-wait-none = Ei odotusaikaa
queue-wait-under-five = Alle 5 minuutin odotus
queue-wait-about = Noin { $minutes } minuutin odotus
queue-closed = Suljettu juuri nyt
queue-closed-opens-today = Suljettu. Avautuu tänään kello { $time }
queue-closed-opens-on = Suljettu. Aukeaa seuraavan kerran: { $weekday } kello { $time }
queue-specialist-text = Tätä asiaa käsittelee asiantuntija, ei neuvonta. Asiantuntija tekee päätöksen.
queue-specialist-desk = Neuvonnan henkilökunta voi auttaa sinua alkuun: mitä tarvitset, oikea lomake tai ajan varaaminen.
queue-specialist-take-ticket = Ota jonotuslippu neuvontaan
queue-needs-title = Tarvitsetko jotain erityistä?
queue-needs-help-with = Saat apua alkuun asiassa: { $errand }
queue-needs-optional = Voit ohittaa tämän.
queue-interpreter-question = Tarvitsetko tulkkia?
queue-interpreter-none = En tarvitse tulkkia
queue-interpreter-want = Kyllä, tarvitsen tulkin
queue-interpreter-which = Tulkki mille kielelle?
queue-accessibility-question = Tarvitsetko muuta apua?
queue-need-wheelchair = Käytän pyörätuolia
queue-need-hearing-loop = Induktiosilmukka
queue-need-low-vision = Näen huonosti
queue-need-quiet = Rauhallinen huone
queue-need-other = Muu
queue-get-ticket = Ota jonotuslippu
queue-issuing = Haetaan numeroasi …
queue-your-number = Numerosi
queue-position = Paikkasi jonossa: { $position }
queue-where-to-wait = Istu odotustilaan. Numerosi näkyy näytöillä ja kuulutetaan, kun on vuorosi.
queue-follow-on-phone = Seuraa jonoa puhelimellasi: skannaa koodi.
queue-printing = Jonotuslippua tulostetaan …
queue-printed = Ota jonotuslippu tulostimesta.
queue-print-failed = Jonotuslippua ei voitu tulostaa. Muista numerosi.
queue-done = Valmis
queue-unreachable-title = Jonoon ei saada yhteyttä juuri nyt
queue-unreachable-text = Täältä ei voi ottaa jonotuslippua juuri nyt. Mene neuvontaan, niin henkilökunta auttaa sinua.
queue-refused-title = Jonotuslippua ei saatu
queue-refused-text = Jonojärjestelmä ei hyväksynyt pyyntöä. Mene neuvontaan, niin henkilökunta auttaa sinua.
queue-retry = Yritä uudelleen

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
bar-listen = Kuuntele
bar-listen-stop = Lopeta lukeminen
speech-repeat = Lue uudelleen
speech-louder = Kovempaa
speech-quieter = Hiljempaa

## Oletko vielä siinä?
idle-title = Oletko vielä siinä?
idle-countdown = { $seconds ->
    [one] { $seconds } sekunnin kuluttua näyttö aloittaa alusta ja kaikki valitsemasi ja kirjoittamasi poistetaan.
   *[other] { $seconds } sekunnin kuluttua näyttö aloittaa alusta ja kaikki valitsemasi ja kirjoittamasi poistetaan.
}
idle-yes = Kyllä, olen täällä

## Jotain muuta? (käynnin loppu)
finish-title = Haluatko tehdä vielä jotain muuta?
finish-ends = { $seconds ->
    [one] Muuten näyttö aloittaa alusta seuraavalle kävijälle { $seconds } sekunnin kuluttua.
   *[other] Muuten näyttö aloittaa alusta seuraavalle kävijälle { $seconds } sekunnin kuluttua.
}
finish-more = Kyllä, jotain muuta
finish-done = Ei, olen valmis
more-below = Lisää alempana

## E-services, forms and contacts
tile-guides = E-palvelut ja lomakkeet
tile-guides-text = Vaihe vaiheelta: hae netissä tai paperilla
tile-contacts = Yhteystiedot
tile-contacts-text = Kunnan ja viranomaisten puhelin, osoite ja aukioloajat
guides-title = E-palvelut ja lomakkeet
guides-choose-category = Valitse aihe.
guides-choose-guide = Valitse, mitä haluat tehdä.
guides-in-swedish = Tätä tekstiä ei vielä ole sinun kielelläsi. Se näytetään ruotsiksi.
guide-provider = Vastaava: { $provider }
guide-who = Kuka voi hakea?
guide-need = Tarvitset tämän
guide-steps = Näin teet
guide-time = Kuinka kauan se kestää
guide-help = Täältä saat henkilökohtaista apua
guide-continue-on-phone = Jatka puhelimellasi
guide-scan-text = Osoita puhelimen kameralla koodia. E-palvelu aukeaa.
guide-help-from-staff = Haluan apua henkilökunnalta
forms-title = Paperilomakkeet
forms-tile-text = Lomakkeet, jotka saat vastaanotosta
forms-intro = Kysy näitä lomakkeita vastaanotosta.
forms-hand-in = Tänne jätät lomakkeen:
contacts-title = Yhteystiedot
contacts-choose = Valitse, keneen haluat ottaa yhteyttä.
contact-phone = Puhelin
contact-email = Sähköposti
contact-address = Osoite
contact-web = Verkkosivu
contact-hours = Aukioloajat
contact-call-on-phone = Soita puhelimellasi
contact-scan-text = Osoita puhelimen kameralla koodia. Sitten voit soittaa heti.
provider-municipality = Botkyrkan kunta
provider-forsakringskassan = Försäkringskassan
provider-csn = CSN (opintotuki)
provider-migrationsverket = Migrationsverket (Maahanmuuttovirasto)
provider-skatteverket = Skatteverket (Verovirasto)
provider-arbetsformedlingen = Arbetsförmedlingen (työvoimatoimisto)
provider-a-kassa = A-kassa (työttömyyskassa)
provider-konsumentverket = Konsumentverket (Kuluttajavirasto)
provider-region = Region Stockholm (terveydenhuolto)
provider-bank = Pankkisi
provider-polisen = Polisen (poliisi)
provider-pensionsmyndigheten = Pensionsmyndigheten (Eläkevirasto)
provider-transportstyrelsen = Transportstyrelsen (Liikennevirasto)
provider-other = Muu organisaatio
need-bankid = BankID
need-personnummer = Henkilötunnus
need-id-document = Henkilöllisyystodistus
need-documents = Paperit ja todistukset
need-email = Sähköpostiosoite
need-photo = Valokuva
need-fee = Maksu

## Speech
speech-digit-entered = Numero syötetty
speech-key-space = Välilyönti
speech-key-backspace = Poista
speech-not-available = Puhetta ei ole saatavilla tällä kielellä.
speech-offer = Voit kuunnella jollakin näistä kielistä:
speech-time-range = kello { $opens } – { $closes }

## Printed ticket
print-your-number = Numerosi
print-position = Paikkasi jonossa: { $position }
print-wait = Arvioitu odotusaika: noin { $minutes } min
print-called = Odota, kunnes numerosi näkyy näytöllä.
print-follow = Seuraa jonoa puhelimellasi
print-issued = Tulostettu { $time }
print-sample-service = Yleinen neuvonta
## Palaute (synpunkt)
tile-synpunkt = Anna palautetta
tile-synpunkt-text = Moite, kiitos tai ehdotus kunnan palveluista
syn-intro-title = Anna palautetta
syn-intro-what = Palaute on moite, kiitos tai ehdotus kunnan palveluista. Se voi koskea sitä, miten sinua kohdeltiin, kuinka kauan jokin kesti, saavutettavuutta tai osaamista.
syn-intro-use = Luemme kaiken palautteen ja käytämme sitä parantaaksemme toimintaamme.
syn-intro-continue = Kyllä, haluan antaa palautetta
syn-not-title = Tämä ei ole palautetta. Kosketa nähdäksesi, mihin voit kääntyä:
syn-route-fault-title = Vikailmoitus
syn-route-fault-text = Jokin on rikki tai vaarallinen, esimerkiksi katuvalo, kuoppa tiessä tai töhryt.
    Tee vikailmoitus, jotta oikeat ihmiset voivat korjata sen.
syn-route-proposal-title = Ehdotus päättäjille
syn-route-proposal-text = Haluat, että poliitikot päättävät jostakin uudesta kunnassa. Se ei ole palaute.
    Kunnan sivulla ”Så kan du påverka” (näin voit vaikuttaa) kerrotaan, miten teet ehdotuksen päättäjille. Jos ideasi koskee kunnan palveluja, se on palautetta: valitse Ehdotus.
syn-route-damage-title = Vahingonkorvaus
syn-route-damage-text = Haluat korvauksen vahingosta, josta kunta on mielestäsi vastuussa.
    Hae vahingonkorvausta. Säilytä kuitit ja ota kuvia vahingosta.
syn-route-appeal-title = Valita päätöksestä
syn-route-appeal-text = Olet sitä mieltä, että kunnan päätös on väärä.
    Päätöksestä valittaminen on eri asia kuin palaute. Valituksilla on omat sääntönsä ja määräaikansa, usein kolme viikkoa siitä päivästä, jona sait päätöksen. Päätöksessä kerrotaan, miten toimit.
syn-route-scan = Skannaa koodi puhelimesi kameralla tai mene osoitteeseen:
syn-route-back = Takaisin palautteeseen
syn-kind-title = Mitä haluat antaa?
syn-kind-complaint = Moite
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
syn-contact-answer = Jos annat sähköpostiosoitteen tai puhelinnumeron, saat vastauksen tai tiedon siitä, miten asiassa edetään, viimeistään: { $date }.
syn-contact-answer-soon = Jos annat sähköpostiosoitteen tai puhelinnumeron, saat vastauksen tai tiedon siitä, miten asiassa edetään, kahden työpäivän kuluessa.
syn-contact-anonymous-title = Nimettömänä
syn-contact-anonymous = Ilman yhteystietoja et saa vastausta. Luemme ja käytämme palautteesi silti.
syn-contact-public-title = Julkinen asiakirja
syn-contact-public = Palautteesta tulee julkinen asiakirja. Se tarkoittaa, että muut voivat pyytää saada lukea sen, myös nimesi ja yhteystietosi, jos annat ne. Älä kirjoita arkaluonteisia tietoja, esimerkiksi terveydestä.
syn-contact-with = Haluan vastauksen
syn-contact-anonymous-button = Lähetä nimettömänä
syn-details-title = Yhteystietosi
syn-details-hint = Kirjoita sähköpostiosoite tai puhelinnumero tai molemmat. Nimen voit kirjoittaa, jos haluat.
syn-field-name = Nimi
syn-field-email = Sähköposti
syn-field-phone = Puhelin
syn-field-name-hint = Nimesi (jos haluat).
syn-field-email-hint = Esimerkiksi nimi@example.com
syn-field-phone-hint = Esimerkiksi 070-123 45 67 tai + ja maatunnus
syn-field-empty = Ei täytetty
syn-field-write = Kirjoita: { $field }
syn-field-done = Valmis
syn-error-name = Nimi on liian pitkä.
syn-error-email-at = Sähköpostiosoitteessa pitää olla @, esimerkiksi nimi@example.com
syn-error-email-domain = Tarkista @-merkin jälkeinen osa, esimerkiksi example.com
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
syn-receipt-answer = Saat vastauksen tai tiedon siitä, miten asiassa edetään, viimeistään: { $date }.
syn-receipt-no-answer = Et antanut yhteystietoja, joten et saa vastausta. Luemme ja käytämme palautteesi silti.
syn-receipt-unhappy = Jos et ole tyytyväinen vastaukseen, voit ottaa uudelleen yhteyttä ja pyytää, että palvelun esihenkilö katsoo asiaa. Kerro viitenumerosi.
syn-receipt-reference = Viitenumerosi:
syn-receipt-done = Valmis
syn-list-separator = { ", " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = Lähde: { $source }
crisis-banner-more = Kosketa tästä ja lue koko viesti
crisis-more-messages = lisää viestejä: { $count }
crisis-takeover-title = Tärkeä tiedote
crisis-ack = Olen lukenut viestin
crisis-close = Sulje
crisis-published = Julkaistu { $time }
crisis-not-in-language = Viestiä ei ole sinun kielelläsi. Se näytetään alkuperäisellä kielellä.
crisis-exercise = Harjoitus, ei todellinen
crisis-test = Testi, ei todellinen
tile-news = Uutiset ja tapahtumat
tile-news-text = Mitä alueella tapahtuu
news-title = Uutiset ja tapahtumat
news-heading = Uutiset
events-heading = Tulevat tapahtumat
news-in-swedish = Uutisia ei ole sinun kielelläsi. Ne näytetään ruotsiksi.
news-none = Ei uutisia juuri nyt.
events-none = Ei tulevia tapahtumia juuri nyt.
news-stale = Lähteen { $source } tiedot haettiin viimeksi { $time }.
display-now-serving = Nyt palvellaan
display-ticket = Numero
display-counter = Mene
display-no-one = Ketään ei kutsuta juuri nyt.
display-hours-today = Aukioloajat tänään
crisis-listen = Kuuntele viesti

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = Vaihda näppäimistö
search-button = Hae
search-title = Hae
search-hint = Kirjoita sana, esimerkiksi esikoulu, rakennuslupa tai passi.
search-contacts-hint = Kirjoita nimi tai aihe, esimerkiksi Försäkringskassan tai vero.
search-no-results = Mitään ei löytynyt. Kokeile toista sanaa.
search-kind-form = Lomake
search-kind-contact = Yhteystieto

# --- staff mode and out of service (issue 8) ---
out-of-service-title = Kioski on nyt suljettu
out-of-service-text = Mene palvelutiskille. Autamme sinua siellä.
staff-assist-marker = Henkilökunta auttaa
staff-pin-title = Henkilökunnan tila
staff-pin-hint = Kirjoita henkilökunnan PIN-koodi.
staff-pin-open = Avaa
staff-pin-wrong = Väärä PIN-koodi. Yrityksiä jäljellä: { $left }
staff-pin-locked = Liian monta väärää yritystä. Henkilökunnan tila on lukittu klo { $time } asti.
staff-pin-not-set = Kioskilla ei ole henkilökunnan PIN-koodia. IT lisää sen hash-pin-komennolla.
staff-cancel = Peruuta
staff-title = Henkilökunnan tila
staff-auto-leave = Henkilökunnan tila sulkeutuu itsestään, kun näyttöön ei kosketa 2 minuuttiin.
staff-leave = Poistu henkilökunnan tilasta
staff-api = Kunnan järjestelmä (keskus-API)
staff-api-none = Ei yhteyttä kunnan järjestelmään: jonoliput ja palautteet eivät ole käytössä.
staff-last-success = Viimeisin yhteys: { $time }
staff-last-error = Viimeisin virhe: { $error }
staff-never = ei koskaan
staff-no-error = ei virheitä
staff-error-network = ei verkkoyhteyttä
staff-error-timeout = ei vastaa ajoissa
staff-error-server = virhe palvelimella
staff-error-rate-limited = liian monta pyyntöä, palvelin pyytää kioskia odottamaan
staff-error-auth = avain (token) ei toimi
staff-error-rejected = palvelin ei hyväksynyt tietoja
staff-error-protocol = odottamaton vastaus palvelimelta
staff-error-local = virhe kioskissa (asetukset tai tallennus)
staff-outbox = Lähetystä odottavat palautteet
staff-outbox-pending = Odottaa: { $count }
staff-outbox-oldest = Vanhin on odottanut { $minutes } min.
staff-retry-now = Yritä lähettää nyt
staff-retry-started = Kioski yrittää lähettää nyt.
staff-content = Sisältö (e-palvelut, lomakkeet, yhteystiedot)
staff-content-version = Versio: { $version }
staff-content-reload = Lataa sisältö uudelleen
staff-content-reloaded = Sisältö on ladattu.
staff-content-kept = Sisällössä on virheitä. Kioski näyttää yhä edellistä sisältöä.
staff-feeds = Uutiset ja kriisitiedotteet
staff-feeds-none = Syötteitä ei ole asetettu.
staff-speech = Ääneen lukeminen
staff-speech-engine = Puhemoottori: { $engine }
staff-speech-none = Ei puhemoottoria. IT asentaa paketin espeak-ng.
staff-headphones = Kuulokkeet
staff-headphones-same = Kuulokkeilla ei ole omaa lähtöä: sama kaiutin, hiljaisempi ääni.
staff-on = päällä
staff-off = pois
staff-toggle = { $name }: { $state }
staff-pause = Keskeytä kioski
staff-resume = Avaa kioski uudelleen
staff-assist = Avustustila
staff-counts = Tänään
staff-counts-tickets = Jonoliput
staff-counts-synpunkter = Palautteet
staff-counts-languages = Valitut kielet
staff-counts-none = ei vielä mitään

# Feed errors in the staff panel
staff-feed-error-http = palvelin vastasi virheellä
staff-feed-error-too-large = syöte on suurempi kuin raja
staff-feed-error-not-a-feed = osoite antaa verkkosivun, ei syötettä
staff-feed-error-malformed = syötettä ei voi lukea
staff-error-clock-skew = kioskin kello edistää palvelimen kelloon verrattuna
staff-api-demo = Esittelytila: kioskin sisäistä palvelinta käytetään. Palautteet jäävät tähän kioskiin eikä vastauspäivää luvata.
staff-outbox-refused = Palvelin hylkäsi: { $count } (säilytetään IT:lle)
staff-outbox-refused-oldest = Vanhin hylättiin { $days } päivää sitten.
staff-outbox-refused-reason = Syy: { $reason }
staff-refused-field-message = viesti
staff-refused-field-email = sähköpostiosoite
staff-refused-field-phone = puhelinnumero
staff-refused-field-name = nimi
staff-refused-field-other = palautteen tieto
staff-refused-fields = { $fields } ei hyväksytty
staff-refused-no-reason = palvelin ei kertonut syytä
staff-refused-it = IT näkee ja lähettää ne uudelleen komennolla: medborgarkiosk outbox list
staff-clock = Kello
staff-clock-ntp-yes = Kello on synkronoitu (NTP).
staff-clock-ntp-no = Kelloa ei synkronoida (NTP). IT tarkistaa aika-asetukset.
staff-clock-ntp-unknown = Ei tiedetä, onko kello synkronoitu.
staff-clock-skew = Ero palvelimen kelloon: { $seconds } s
staff-clock-skew-unknown = Ero palvelimen kelloon: ei vielä mitattu
staff-pin-locked-reset = Liian monta väärää yritystä. Henkilökuntatila on lukittu, kunnes IT palauttaa sen (uusi PIN-koodi asetuksissa).

# Wall display polish: counters by name, next opening
display-counter-name = Palvelupiste { $counter }
display-closed-opens = Nyt suljettu. Avautuu seuraavan kerran: { $day } kello { $time }.
display-opens = Avautuu seuraavan kerran: { $day } kello { $time }.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = Numero { $number }, palvelupiste { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = Tekstin koko { $step }
focus-button = painike
focus-selected = valittu
focus-not-selected = ei valittu
focus-key = näppäin
focus-position = { $position } / { $count }
focus-choices = Valintoja: { $count }
keys-help = Olet tässä: { $title }. Sarkain tai nuolinäppäimet siirtävät valinnasta toiseen. Enter valitsee. Esc palaa takaisin. Home aloittaa alusta. Plus ja miinus muuttavat äänenvoimakkuutta. F5 lukee uudelleen. F1 lukee tämän ohjeen.
text-entered = Kirjoitettuja merkkejä: { $count }
text-char-entered = Merkki kirjoitettu
syn-contact-demo = Tämä on esittely: palautetta ei lähetetä kunnalle, eikä kukaan vastaa.
focus-text-field = tekstikenttä

## Digitaaliset välineet toimipisteessä (issue 23)
tile-tools = Digitaaliset välineet
tile-tools-text = Tietokoneet, tulostus, wifi ja apua alkuun
tools-title = Digitaaliset välineet täällä
tools-intro = Nämä ovat käytössäsi täällä toimipisteessä. Henkilökunta näyttää, miten toimit.
tools-skills = Opi digitaidot
tools-skills-text = Sähköposti, BankID, digitaalinen postilaatikko ja miten vältät huijaukset
tools-drop-in = Drop-in: digiapua ilman ajanvarausta
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = Verkon nimi
tools-wifi-hidden = Verkko ei näy luettelossa. Skannaa koodi tai kirjoita nimi itse.
tools-wifi-open = Verkko on avoin. Et tarvitse salasanaa.
tools-wifi-password = Salasana
tools-wifi-show-password = Näytä salasana
tools-wifi-hide-password = Piilota salasana
tools-wifi-password-not-read = Salasana näkyy näytöllä. Sitä ei lueta ääneen kaiuttimesta.
tools-wifi-qr = Yhdistä puhelimella
tools-wifi-scan = Osoita puhelimen kameralla koodia. Silloin puhelin yhdistää verkkoon.
search-kind-tool = Täällä toimipisteessä
guide-related = Lue myös
ticket-topic = Apua asiassa: { $topic }

## Jono toimipisteessä: palvelupisteen sivu ja jono puhelimessa (issue 21)
counter-page-title = Palvelupiste – jono
counter-sign-in-title = Kirjaudu palvelupisteeseen
counter-sign-in-text = Kirjoita palvelupisteen avain. Saat sen järjestelmän ylläpitäjältä.
counter-token-label = Palvelupisteen avain
counter-sign-in = Kirjaudu sisään
counter-sign-in-failed = Avain ei kelpaa millekään palvelupisteelle. Yritä uudelleen.
counter-sign-in-locked = Liian monta yritystä. Odota minuutti ja yritä uudelleen.
counter-sign-out = Kirjaudu ulos
counter-heading = Palvelupiste { $counter } – { $office }
counter-other-language = English
counter-current = Palveltavana nyt
counter-none-current = Ketään ei ole kutsuttu juuri nyt.
counter-call-next = Kutsu seuraava
counter-call-again = Kutsu uudelleen
counter-done = Valmis
counter-no-show = Ei saapunut
counter-transfer = Siirrä toiseen palveluun
counter-transfer-to = Palvelu
counter-transfer-button = Siirrä
counter-services = Palvelupisteen palvelut
counter-services-save = Tallenna
counter-waiting = Odottaa: { $service }
counter-nobody-waiting = Kukaan ei odota.
counter-col-number = Numero
counter-col-waited = Odottanut
counter-col-language = Kieli
counter-col-needs = Tarpeet
counter-col-topic = Asia
counter-minutes = { $minutes } min
counter-interpreter = Tulkki: { $language }
counter-called-at = Kutsuttu klo { $time }
counter-issued-at = Otti lipun klo { $time }
counter-nobody-to-call = Kukaan ei odota tämän palvelupisteen palveluihin.
counter-choose-services = Valitse vähintään yksi palvelu tälle palvelupisteelle.
counter-stale = Sivu oli vanhentunut, joten mitään ei tehty. Tässä on tilanne nyt.
counter-skip = Siirry jonoon
follow-page-title = Jonotuslippusi
follow-number = Numerosi
follow-ahead = { $count ->
    [0] Olet seuraavana vuorossa.
    [one] { $count } henkilö ennen sinua.
   *[other] { $count } henkilöä ennen sinua.
}
follow-your-turn = Nyt on sinun vuorosi
follow-go-to = Mene palvelupisteeseen { $counter }
follow-finished = Käyntisi on valmis. Kiitos!
follow-no-show = Numerosi kuulutettiin, mutta et tullut. Ota uusi jonotuslippu, jos tarvitset.
follow-refresh = Sivu päivittyy itsestään.
follow-gone-title = Jonotuslippu ei ole enää voimassa
follow-gone-text = Linkki on vanha tai virheellinen. Ota uusi jonotuslippu toimipisteen näytöltä.

## The statistics report (issue 22), read by the organisation
report-title = Tilastot: { $office }
report-period = Ajanjakso: { $from } – { $to }
report-generated = Laadittu { $time } kioskien nimettömistä laskureista, jonotuslipuista ja palautteista.
report-small-numbers = Alle 3:n luvut näytetään muodossa ”< 3”, jotta ketään ei voi tunnistaa. Osuudet ja mediaanit näytetään vain, kun aineistoa on vähintään 3.
report-visits = Käynnit viikonpäivän ja tunnin mukaan
report-visits-note = Näytöllä aloitetut käynnit, Ruotsin aikaa. Tummempi ruutu: enemmän käyntejä.
report-hour = Tunti
report-day-mon = Ma
report-day-tue = Ti
report-day-wed = Ke
report-day-thu = To
report-day-fri = Pe
report-day-sat = La
report-day-sun = Su
report-languages = Kielet
report-entries = Mitä kävijät valitsivat ensin
report-count = Määrä
report-waits = Odotusajat palveluittain
report-wait-axis = Odotusaika minuutteina
report-service-tickets = Jonotuslippuja: { $tickets }. Kutsuttuja: { $called }. Ei saapunut: { $noshows }.
report-median-wait = Odotusajan mediaani
report-median-handling = Palveluajan mediaani tiskillä
report-within-target = Kutsuttu tavoiteajassa ({ $target } min)
report-minutes = { $minutes } min
report-percent = { $percent } %
report-hidden = ei näytetä (alle 3)
report-guides = Kymmenen käytetyintä opasta
report-guides-help = Oppaat, joissa kävijät pyysivät apua henkilökunnalta
report-flows = Missä kävijät luovuttavat
report-flow = { $flow }: { $started } aloitettu, { $completed } valmis
report-left-axis = Keskeytti vaiheessa
report-searches = Hakuja: { $made }. Ilman tulosta: { $empty }.
report-synpunkter = Palautteet alueen ja lajin mukaan
report-promise = Lupaus: vastaus tai palaute kahden työpäivän kuluessa
report-promise-note = Ajanjaksolla saapuneet palautteet, joissa on yhteystiedot, ja kuinka moni sai vastauksen tai palautteen viimeistään vastauspäivänä.
report-percent-axis = Osuus ajallaan (%)
report-col-area = Alue
report-col-with-contact = Yhteystietojen kanssa
report-col-kept = Ajallaan
report-col-percent = Osuus ajallaan
report-col-name = Mikä
report-other = Muuta: saavutettavuus, aikakatkaisut, kriisitiedotus
report-nothing = Ei mitään tällä ajanjaksolla.
