# Svenska: kioskens standardspråk och referens för alla andra språk.
# Varje meddelande här ska finnas i alla språk (ett test kontrollerar det).

language-name = Svenska

## Start
welcome = Välkommen
start-touch-language = Tryck på ditt språk för att börja
start-open-today = Öppet idag { $hours }
start-closed-today = Stängt idag

## Hem
home-title = Vad vill du göra?
home-desk-hint = Du kan alltid fråga personalen i receptionen.

## Öppettider
tile-hours = Öppettider
tile-hours-text = När vi har öppet de närmaste sju dagarna
hours-title = Öppettider
hours-closed = Stängt
hours-changed = Ändrade öppettider
hours-today-date = Idag, { $date }
hours-day-line = { $day }: { $hours }

## Kölapp
tile-queue = Kölapp
tile-queue-text = Ta en kölapp och se hur länge du får vänta
queue-title = Kölapp
queue-loading = Hämtar köerna …
queue-choose = Välj vad ditt besök gäller.
queue-group-desk = Hjälp i receptionen
queue-group-specialist = Handläggs av specialister
queue-people-waiting = { $count ->
    [one] { $count } person väntar
   *[other] { $count } personer väntar
}
queue-wait-none = Ingen väntetid
queue-wait-under-five = Mindre än 5 minuters väntetid
queue-wait-about = Cirka { $minutes } minuters väntetid
queue-closed = Stängt just nu
queue-closed-opens-today = Stängt. Öppnar idag klockan { $time }
queue-closed-opens-on = Stängt. Öppnar { $weekday } klockan { $time }
queue-specialist-text = Det här ärendet handläggs av en specialist, inte i receptionen. Det är specialisten som fattar beslut.
queue-specialist-desk = Personalen i receptionen kan hjälpa dig att komma igång: vad du behöver, rätt blankett eller att boka en tid.
queue-specialist-take-ticket = Ta en kölapp till receptionen
queue-needs-title = Behöver du något särskilt?
queue-needs-help-with = Du får hjälp att komma igång med: { $errand }
queue-needs-optional = Du kan hoppa över det här.
queue-interpreter-question = Behöver du tolk?
queue-interpreter-none = Ingen tolk
queue-interpreter-want = Ja, jag behöver tolk
queue-interpreter-which = Tolk på vilket språk?
queue-accessibility-question = Behöver du annan hjälp?
queue-need-wheelchair = Jag använder rullstol
queue-need-hearing-loop = Hörslinga
queue-need-low-vision = Jag ser dåligt
queue-need-quiet = Ett lugnt rum
queue-need-other = Annat
queue-get-ticket = Ta kölapp
queue-issuing = Hämtar ditt nummer …
queue-your-number = Ditt nummer
queue-position = Plats i kön: { $position }
queue-where-to-wait = Sätt dig i väntrummet. Ditt nummer syns på skärmarna och ropas upp när det är din tur.
queue-follow-on-phone = Följ kön i din mobil: skanna koden.
queue-printing = Kölappen skrivs ut …
queue-printed = Ta kölappen från skrivaren.
queue-print-failed = Kölappen kunde inte skrivas ut. Kom ihåg ditt nummer.
queue-done = Klar
queue-unreachable-title = Kön går inte att nå just nu
queue-unreachable-text = Det går inte att ta kölapp här just nu. Gå till receptionen, så hjälper personalen dig.
queue-refused-title = Det gick inte att ta en kölapp
queue-refused-text = Kösystemet tog inte emot beställningen. Gå till receptionen, så hjälper personalen dig.
queue-retry = Försök igen

## Datum
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $weekday } { $day } { $month }

## Raden med knappar på varje skärm
bar-language = Språk
bar-text-size = Textstorlek
bar-contrast = Hög kontrast
bar-start-over = Börja om
bar-back = Tillbaka
text-size-sample = A
language-picker-title = Välj språk
bar-listen = Lyssna
bar-listen-stop = Sluta läsa
speech-repeat = Läs igen
speech-louder = Högre
speech-quieter = Lägre

## Är du kvar?
idle-title = Är du kvar?
idle-countdown = { $seconds ->
    [one] Om { $seconds } sekund börjar skärmen om och allt du har valt och skrivit raderas.
   *[other] Om { $seconds } sekunder börjar skärmen om och allt du har valt och skrivit raderas.
}
idle-yes = Ja, jag är kvar

## E-services, forms and contacts
tile-guides = E-tjänster och blanketter
tile-guides-text = Steg för steg: ansök på nätet eller på papper
tile-contacts = Kontakter
tile-contacts-text = Telefon, adress och öppettider till kommunen och myndigheter
guides-title = E-tjänster och blanketter
guides-choose-category = Välj ett ämne.
guides-choose-guide = Välj vad du vill göra.
guides-in-swedish = Den här texten finns inte på ditt språk ännu. Den visas på svenska.
guide-provider = Ansvarig: { $provider }
guide-who = Vem kan ansöka?
guide-need = Det här behöver du
guide-steps = Så gör du
guide-time = Så lång tid tar det
guide-help = Här får du personlig hjälp
guide-continue-on-phone = Fortsätt i din mobil
guide-scan-text = Rikta mobilens kamera mot koden. Då öppnas e-tjänsten.
guide-help-from-staff = Jag vill ha hjälp av personalen
forms-title = Blanketter på papper
forms-tile-text = Blanketter som du får i receptionen
forms-intro = Fråga i receptionen efter de här blanketterna.
forms-hand-in = Här lämnar du blanketten:
contacts-title = Kontakter
contacts-choose = Välj vem du vill kontakta.
contact-phone = Telefon
contact-email = E-post
contact-address = Adress
contact-web = Webbplats
contact-hours = Öppettider
contact-call-on-phone = Ring från din mobil
contact-scan-text = Rikta mobilens kamera mot koden. Då kan du ringa direkt.
provider-municipality = Botkyrka kommun
provider-forsakringskassan = Försäkringskassan
provider-csn = CSN
provider-migrationsverket = Migrationsverket
provider-skatteverket = Skatteverket
provider-arbetsformedlingen = Arbetsförmedlingen
provider-a-kassa = A-kassan
provider-konsumentverket = Konsumentverket
provider-region = Region Stockholm
provider-bank = Din bank
provider-polisen = Polisen
provider-pensionsmyndigheten = Pensionsmyndigheten
provider-transportstyrelsen = Transportstyrelsen
provider-other = Annan organisation
need-bankid = BankID
need-personnummer = Personnummer
need-id-document = ID-handling
need-documents = Papper och intyg
need-email = E-postadress
need-photo = Foto
need-fee = Avgift

## Speech
speech-digit-entered = Siffra inmatad
speech-key-space = Mellanslag
speech-key-backspace = Radera
speech-not-available = Uppläsning finns inte på det här språket.
speech-offer = Du kan lyssna på ett av de här språken:
speech-time-range = { $opens } till { $closes }

## Printed ticket
print-your-number = Ditt nummer
print-position = Din plats i kön: { $position }
print-wait = Beräknad väntetid: cirka { $minutes } min
print-called = Vänta tills ditt nummer visas på skärmen.
print-follow = Följ kön i mobilen
print-issued = Utskriven { $time }
print-sample-service = Allmän vägledning
