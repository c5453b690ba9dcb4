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

## Något mer? (slutet av ett besök)
finish-title = Vill du göra något mer?
finish-ends = { $seconds ->
    [one] Annars börjar skärmen om för nästa besökare om { $seconds } sekund.
   *[other] Annars börjar skärmen om för nästa besökare om { $seconds } sekunder.
}
finish-more = Ja, något mer
finish-done = Nej, jag är klar
more-below = Mer längre ner

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
## Synpunkt
tile-synpunkt = Lämna en synpunkt
tile-synpunkt-text = Klagomål, beröm eller förslag om kommunens service
syn-intro-title = Lämna en synpunkt
syn-intro-what = En synpunkt är ett klagomål, ett beröm eller ett förslag om kommunens service. Det kan gälla hur du blev bemött, hur lång tid något tog, tillgänglighet eller kunskap.
syn-intro-use = Vi läser alla synpunkter och använder dem för att bli bättre.
syn-intro-continue = Ja, jag vill lämna en synpunkt
syn-not-title = Det här är inte synpunkter. Tryck för att se vart du ska vända dig:
syn-route-fault-title = Felanmälan
syn-route-fault-text = Något är trasigt eller farligt, till exempel en gatlampa, ett hål i vägen eller klotter.
    Gör en felanmälan så att rätt personer kan laga det.
syn-route-proposal-title = Förslag till politikerna
syn-route-proposal-text = Du vill att politikerna ska besluta om något nytt i kommunen. Det är inte en synpunkt.
    På kommunens sida ”Så kan du påverka” står hur du lämnar ett förslag till politikerna. Gäller din idé kommunens service är den en synpunkt: välj Förslag.
syn-route-damage-title = Skadestånd
syn-route-damage-text = Du vill ha ersättning för en skada som du tror att kommunen är ansvarig för.
    Ansök om skadestånd. Spara kvitton och ta bilder på skadan.
syn-route-appeal-title = Överklaga ett beslut
syn-route-appeal-text = Du tycker att ett beslut från kommunen är fel.
    Att överklaga ett beslut är något annat än en synpunkt. Överklaganden har egna regler och tidsfrister, ofta tre veckor från den dag du fick beslutet. I beslutet står hur du gör.
syn-route-scan = Skanna koden med mobilens kamera, eller gå till:
syn-route-back = Tillbaka till synpunkter
syn-kind-title = Vad vill du lämna?
syn-kind-complaint = Klagomål
syn-kind-complaint-text = Något har inte fungerat som det ska
syn-kind-praise = Beröm
syn-kind-praise-text = Något har fungerat bra
syn-kind-suggestion = Förslag
syn-kind-suggestion-text = En idé om hur något kan bli bättre
syn-area-title = Vilken verksamhet gäller det?
syn-area-school = Skola och förskola
syn-area-social = Socialtjänst, vård och omsorg
syn-area-building = Bygga och bo
syn-area-streets = Gator och parker
syn-area-culture = Kultur och fritid
syn-area-center = Medborgarcentret
syn-area-other = Annat
syn-topics-title = Vad handlar det om?
syn-topics-hint = Välj en eller flera.
syn-topic-treatment = Bemötande
syn-topic-handling-time = Handläggningstid
syn-topic-accessibility = Tillgänglighet
syn-topic-competence = Kunskap och kompetens
syn-topic-other = Annat
syn-selected = Valt: { $choice }
syn-next = Nästa
syn-error-no-topic = Välj minst ett ämne.
syn-message-title = Skriv din synpunkt
syn-message-hint = Berätta vad som hände, var och när.
syn-error-message-empty = Skriv något innan du går vidare.
syn-error-message-too-long = Texten är för lång. Du kan skriva högst 4000 tecken.
syn-error-message-control = Texten innehåller ett tecken som inte går att skicka.
kb-chars-left = { $count ->
    [one] { $count } tecken kvar
   *[other] { $count } tecken kvar
}
kb-shift = Stor bokstav
kb-backspace = Radera
kb-space = Mellanslag
kb-clear = Töm
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = Vill du ha svar?
syn-contact-with-title = Med kontaktuppgifter
syn-contact-answer = Om du lämnar e-post eller telefonnummer får du svar eller besked om hur vi går vidare senast { $date }.
syn-contact-answer-soon = Om du lämnar e-post eller telefonnummer får du svar eller besked om hur vi går vidare inom två arbetsdagar.
syn-contact-anonymous-title = Anonymt
syn-contact-anonymous = Utan kontaktuppgifter får du inget svar. Vi läser och använder din synpunkt ändå.
syn-contact-public-title = Allmän handling
syn-contact-public = En synpunkt blir en allmän handling. Det betyder att andra kan begära att få läsa den, också ditt namn och dina kontaktuppgifter om du lämnar dem. Skriv inte känsliga uppgifter, till exempel om hälsa.
syn-contact-with = Jag vill ha svar
syn-contact-anonymous-button = Skicka anonymt
syn-details-title = Dina kontaktuppgifter
syn-details-hint = Skriv e-post eller telefonnummer, eller båda. Namn kan du skriva om du vill.
syn-field-name = Namn
syn-field-email = E-post
syn-field-phone = Telefon
syn-field-name-hint = Ditt namn (om du vill).
syn-field-email-hint = Till exempel namn@example.com
syn-field-phone-hint = Till exempel 070-123 45 67, eller +46 och numret
syn-field-empty = Inte ifyllt
syn-field-write = Skriv { $field }
syn-field-done = Klar
syn-error-name = Namnet är för långt.
syn-error-email-at = E-postadressen ska ha ett @, till exempel namn@example.com
syn-error-email-domain = Kontrollera delen efter @, till exempel example.com
syn-error-email-character = E-postadressen har ett mellanslag eller ett tecken som inte är tillåtet.
syn-error-email-too-long = E-postadressen är för lång.
syn-error-phone-too-short = Telefonnumret har för få siffror.
syn-error-phone-too-long = Telefonnumret har för många siffror.
syn-error-phone-character = Använd bara siffror, mellanslag och + först.
syn-error-phone-prefix = Börja med 0 (till exempel 070) eller med + och landsnumret.
syn-error-no-contact = Skriv e-post eller telefonnummer så att vi kan svara dig. Eller gå tillbaka och välj att skicka anonymt.
syn-review-title = Stämmer allt?
syn-review-hint = Läs igenom. Du kan ändra allt innan du skickar.
syn-review-kind = Typ
syn-review-area = Verksamhet
syn-review-topics = Handlar om
syn-review-message = Din text
syn-review-contact = Kontakt
syn-review-anonymous = Anonym, du får inget svar
syn-review-line = { $label }: { $value }
syn-review-edit-kind = Ändra typ
syn-review-edit-area = Ändra verksamhet
syn-review-edit-topics = Ändra ämnen
syn-review-edit-message = Ändra texten
syn-review-edit-contact = Ändra kontakt
syn-send = Skicka
syn-sending = Skickar …
syn-receipt-title = Tack för din synpunkt!
syn-receipt-sorry = Vi beklagar att du har haft en dålig upplevelse.
syn-receipt-queued = Kiosken har ingen kontakt med kommunen just nu. Din synpunkt är sparad här och skickas så snart kontakten är tillbaka.
syn-receipt-next = Kommunens kontaktcenter registrerar din synpunkt. Den nämnd som ansvarar för verksamheten följer upp den.
syn-receipt-answer = Du får svar eller besked om hur vi går vidare senast { $date }.
syn-receipt-no-answer = Du har inte lämnat kontaktuppgifter, så du får inget svar. Vi läser och använder din synpunkt ändå.
syn-receipt-unhappy = Om du inte är nöjd med svaret kan du höra av dig igen och be att chefen för verksamheten tittar på saken. Ange din referens.
syn-receipt-reference = Din referens:
syn-receipt-done = Klar
syn-list-separator = { ", " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = Källa: { $source }
crisis-banner-more = Tryck här för att läsa hela meddelandet
crisis-more-messages = fler meddelanden: { $count }
crisis-takeover-title = Viktigt meddelande
crisis-ack = Jag har läst meddelandet
crisis-close = Stäng
crisis-published = Publicerat { $time }
crisis-not-in-language = Meddelandet finns inte på ditt språk. Det visas på originalspråket.
crisis-exercise = Övning, inte på riktigt
crisis-test = Test, inte på riktigt
tile-news = Nyheter och evenemang
tile-news-text = Vad som händer i området
news-title = Nyheter och evenemang
news-heading = Nyheter
events-heading = Kommande evenemang
news-in-swedish = Det finns inga nyheter på ditt språk. De visas på svenska.
news-none = Inga nyheter just nu.
events-none = Inga kommande evenemang just nu.
news-stale = Uppgifterna från { $source } hämtades senast { $time }.
display-now-serving = Nu betjänas
display-ticket = Nummer
display-counter = Gå till
display-no-one = Ingen kallas just nu.
display-hours-today = Öppettider i dag
crisis-listen = Lyssna på meddelandet

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = Byt tangentbord
search-button = Sök
search-title = Sök
search-hint = Skriv ett ord, till exempel förskola, bygglov eller pass.
search-contacts-hint = Skriv ett namn eller ett ämne, till exempel Försäkringskassan eller skatt.
search-no-results = Inget hittades. Prova ett annat ord.
search-kind-form = Blankett
search-kind-contact = Kontakt

# --- staff mode and out of service (issue 8) ---
out-of-service-title = Kiosken är stängd just nu
out-of-service-text = Gå till disken, så hjälper vi dig där.
staff-assist-marker = Personalen hjälper till
staff-pin-title = Personalläge
staff-pin-hint = Skriv personalens PIN-kod.
staff-pin-open = Öppna
staff-pin-wrong = Fel PIN-kod. Försök kvar: { $left }
staff-pin-locked = För många fel försök. Personalläget är låst till kl. { $time }.
staff-pin-not-set = Kiosken har ingen PIN-kod för personalen. IT lägger in en med kommandot hash-pin.
staff-cancel = Avbryt
staff-title = Personalläge
staff-auto-leave = Personalläget stängs av sig självt efter 2 minuter utan beröring.
staff-leave = Lämna personalläget
staff-api = Kommunens system (central-API)
staff-api-none = Ingen kontakt med kommunens system: köbiljetter och synpunkter är avstängda.
staff-last-success = Senaste kontakt: { $time }
staff-last-error = Senaste fel: { $error }
staff-never = aldrig
staff-no-error = inga fel
staff-error-network = ingen nätverkskontakt
staff-error-timeout = svarar inte i tid
staff-error-server = fel hos servern
staff-error-rate-limited = för många anrop, servern ber kiosken vänta
staff-error-auth = nyckeln (token) fungerar inte
staff-error-rejected = servern tog inte emot uppgifterna
staff-error-protocol = oväntat svar från servern
staff-error-local = fel i kiosken (inställningar eller lagring)
staff-outbox = Synpunkter som väntar på att skickas
staff-outbox-pending = Väntar: { $count }
staff-outbox-oldest = Den äldsta har väntat { $minutes } min.
staff-retry-now = Försök skicka nu
staff-retry-started = Kiosken försöker skicka nu.
staff-content = Innehåll (e-tjänster, blanketter, kontakter)
staff-content-version = Version: { $version }
staff-content-reload = Ladda om innehållet
staff-content-reloaded = Innehållet är laddat.
staff-content-kept = Innehållet har fel. Kiosken visar fortfarande det förra innehållet.
staff-feeds = Nyheter och krismeddelanden
staff-feeds-none = Inga flöden är inställda.
staff-speech = Uppläsning
staff-speech-engine = Talmotor: { $engine }
staff-speech-none = Ingen talmotor. IT installerar paketet espeak-ng.
staff-headphones = Hörlursläge
staff-headphones-same = Hörlursläget har ingen egen utgång: samma högtalare, lägre volym.
staff-on = på
staff-off = av
staff-toggle = { $name }: { $state }
staff-pause = Pausa kiosken
staff-resume = Öppna kiosken igen
staff-assist = Assistansläge
staff-counts = I dag
staff-counts-tickets = Köbiljetter
staff-counts-synpunkter = Synpunkter
staff-counts-languages = Valda språk
staff-counts-none = inget ännu

# Feed errors in the staff panel
staff-feed-error-http = servern svarade med ett fel
staff-feed-error-too-large = flödet är större än gränsen
staff-feed-error-not-a-feed = adressen ger en webbsida, inte ett flöde
staff-feed-error-malformed = flödet går inte att läsa
staff-error-clock-skew = kioskens klocka går före serverns
staff-api-demo = Demoläge: kioskens inbyggda server används. Synpunkter stannar i kiosken och inget svarsdatum lovas.
staff-outbox-refused = Avvisade av servern: { $count } (sparas för IT)
staff-outbox-refused-oldest = Den äldsta avvisades för { $days } dagar sedan.
staff-outbox-refused-reason = Skäl: { $reason }
staff-refused-field-message = meddelandet
staff-refused-field-email = e-postadressen
staff-refused-field-phone = telefonnumret
staff-refused-field-name = namnet
staff-refused-field-other = en uppgift i synpunkten
staff-refused-fields = { $fields } godtogs inte
staff-refused-no-reason = servern angav inget skäl
staff-refused-it = IT ser och skickar om dem med kommandot: medborgarkiosk outbox list
staff-clock = Klocka
staff-clock-ntp-yes = Klockan synkroniseras (NTP).
staff-clock-ntp-no = Klockan synkroniseras inte (NTP). IT kontrollerar tidsinställningen.
staff-clock-ntp-unknown = Okänt om klockan synkroniseras.
staff-clock-skew = Skillnad mot serverns klocka: { $seconds } s
staff-clock-skew-unknown = Skillnad mot serverns klocka: inte mätt ännu
staff-pin-locked-reset = För många fel försök. Personalläget är låst tills IT återställer det (ny PIN-kod i inställningarna).

# Wall display polish: counters by name, next opening
display-counter-name = Lucka { $counter }
display-closed-opens = Stängt nu. Öppnar { $day } klockan { $time }.
display-opens = Öppnar { $day } klockan { $time }.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = Nummer { $number }, lucka { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = Textstorlek { $step }
focus-button = knapp
focus-selected = vald
focus-not-selected = inte vald
focus-key = tangent
focus-position = { $position } av { $count }
focus-choices = Antal val: { $count }
keys-help = Du är här: { $title }. Tabb eller pilarna flyttar mellan valen. Enter väljer. Escape går tillbaka. Home börjar om. Plus och minus ändrar ljudvolymen. F5 läser igen. F1 läser den här hjälpen.
text-entered = Tecken inskrivna: { $count }
text-char-entered = Tecken inskrivet
syn-contact-demo = Det här är en demonstration: synpunkter skickas inte till kommunen, och ingen svarar.
focus-text-field = textfält

## Digitala verktyg på kontoret (issue 23)
tile-tools = Digitala verktyg
tile-tools-text = Datorer, utskrift, wifi och hjälp att komma igång
tools-title = Digitala verktyg här
tools-intro = Det här finns för dig på kontoret. Personalen visar hur du gör.
tools-skills = Lär dig det digitala
tools-skills-text = E-post, BankID, digital brevlåda och att inte bli lurad
tools-drop-in = Drop-in: digital hjälp utan tidsbokning
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = Nätverkets namn
tools-wifi-hidden = Nätverket syns inte i listan. Skanna koden, eller skriv in namnet själv.
tools-wifi-open = Nätverket är öppet. Du behöver inget lösenord.
tools-wifi-password = Lösenord
tools-wifi-show-password = Visa lösenordet
tools-wifi-hide-password = Dölj lösenordet
tools-wifi-password-not-read = Lösenordet visas på skärmen. Det läses inte upp i högtalaren.
tools-wifi-qr = Anslut med mobilen
tools-wifi-scan = Rikta mobilens kamera mot koden. Då ansluter mobilen till nätverket.
search-kind-tool = Här på kontoret
guide-related = Läs också
ticket-topic = Hjälp med: { $topic }

## Kön på kontoret: luckans sida och kön i mobilen (issue 21)
counter-page-title = Lucka – kön
counter-sign-in-title = Logga in vid luckan
counter-sign-in-text = Skriv luckans nyckel. Du får den av den som sköter systemet.
counter-token-label = Luckans nyckel
counter-sign-in = Logga in
counter-sign-in-failed = Nyckeln gäller inte för en lucka. Försök igen.
counter-sign-in-locked = För många försök. Vänta en minut och försök igen.
counter-sign-out = Logga ut
counter-heading = Lucka { $counter } – { $office }
counter-other-language = English
counter-current = Hos dig nu
counter-none-current = Ingen kallad just nu.
counter-call-next = Kalla nästa
counter-call-again = Kalla igen
counter-done = Klar
counter-no-show = Kom inte
counter-transfer = Skicka till annan tjänst
counter-transfer-to = Tjänst
counter-transfer-button = Skicka
counter-services = Tjänster som luckan tar
counter-services-save = Spara
counter-waiting = Väntar: { $service }
counter-nobody-waiting = Ingen väntar.
counter-col-number = Nummer
counter-col-waited = Har väntat
counter-col-language = Språk
counter-col-needs = Behov
counter-col-topic = Gäller
counter-minutes = { $minutes } min
counter-interpreter = Tolk: { $language }
counter-called-at = Kallad { $time }
counter-issued-at = Tog lapp { $time }
counter-nobody-to-call = Ingen väntar på luckans tjänster.
counter-choose-services = Välj minst en tjänst som luckan tar.
counter-stale = Sidan var gammal: inget gjordes. Här är läget nu.
counter-skip = Hoppa till kön
follow-page-title = Din kölapp
follow-number = Ditt nummer
follow-ahead = { $count ->
    [0] Du är näst på tur.
    [one] { $count } person före dig.
   *[other] { $count } personer före dig.
}
follow-your-turn = Det är din tur
follow-go-to = Gå till lucka { $counter }
follow-finished = Ditt besök är klart. Tack!
follow-no-show = Ditt nummer ropades upp, men du kom inte. Ta en ny kölapp om du behöver.
follow-refresh = Sidan uppdateras av sig själv.
follow-gone-title = Kölappen gäller inte längre
follow-gone-text = Länken är gammal eller fel. Ta en ny kölapp vid skärmen på kontoret.

## The statistics report (issue 22), read by the organisation
report-title = Statistik: { $office }
report-period = Period: { $from } – { $to }
report-generated = Framtagen { $time } ur kioskernas anonyma räkningar, kölapparna och synpunkterna.
report-small-numbers = Tal under 3 visas som ”< 3” så att ingen kan kännas igen. Andelar och medianer visas bara när underlaget är minst 3.
report-visits = Besök per veckodag och timme
report-visits-note = Påbörjade besök vid skärmen, svensk tid. Mörkare ruta: fler besök.
report-hour = Timme
report-day-mon = Mån
report-day-tue = Tis
report-day-wed = Ons
report-day-thu = Tor
report-day-fri = Fre
report-day-sat = Lör
report-day-sun = Sön
report-languages = Språk
report-entries = Vad besökarna valde först
report-count = Antal
report-waits = Väntetider per tjänst
report-wait-axis = Väntetid i minuter
report-service-tickets = Kölappar: { $tickets }. Kallade: { $called }. Kom inte: { $noshows }.
report-median-wait = Median väntetid
report-median-handling = Median tid vid luckan
report-within-target = Kallade inom målet ({ $target } min)
report-minutes = { $minutes } min
report-percent = { $percent } %
report-hidden = visas inte (färre än 3)
report-guides = De tio mest använda guiderna
report-guides-help = Guider där besökare bad om hjälp av personal
report-flows = Var besökare ger upp
report-flow = { $flow }: { $started } påbörjade, { $completed } slutförda
report-left-axis = Lämnade vid steget
report-searches = Sökningar: { $made }. Utan träff: { $empty }.
report-synpunkter = Synpunkter per område och slag
report-promise = Löftet: svar eller återkoppling inom två arbetsdagar
report-promise-note = Synpunkter med kontaktuppgifter som kom under perioden, och hur många som fick svar eller återkoppling senast på svarsdagen.
report-percent-axis = Andel i tid (%)
report-col-area = Område
report-col-with-contact = Med kontaktuppgifter
report-col-kept = I tid
report-col-percent = Andel i tid
report-col-name = Vad
report-other = Övrigt: tillgänglighet, tidsgränser, krisinformation
report-nothing = Inget under perioden.
