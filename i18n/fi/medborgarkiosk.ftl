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
queue-closed-opens-on = Suljettu. Avautuu { $weekday } kello { $time }
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
provider-forsakringskassan = Försäkringskassan (Kela)
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
