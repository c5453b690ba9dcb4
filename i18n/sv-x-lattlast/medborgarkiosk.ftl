# Lättläst svenska (sv-x-lattlast): kioskens svenska texter, skrivna om efter råden från Centrum för lättläst / MTM. Det är inte en kortad kopia av svenskan.
# Varje meddelande här ska finnas i alla språk (ett test kontrollerar det).

language-name = Lättläst svenska

## Start
welcome = Välkommen
start-touch-language = Tryck på ditt språk för att börja
start-open-today = Öppet idag { $hours }
start-closed-today = Stängt idag

## Hem
home-title = Vad vill du göra?
home-desk-hint = Du kan alltid fråga oss vid disken.

## Öppettider
tile-hours = Öppettider
tile-hours-text = När vi har öppet, 7 dagar framåt
hours-title = Öppettider
hours-closed = Stängt
hours-changed = Andra tider än vanligt
hours-today-date = Idag, { $date }
hours-day-line = { $day }: { $hours }

## Kölapp
tile-queue = Kölapp
tile-queue-text = Ta ett nummer. Se hur länge du får vänta.
queue-title = Kölapp
queue-loading = Vi hämtar köerna …
queue-choose = Välj vad du vill ha hjälp med.
queue-group-desk = Hjälp vid disken
queue-group-specialist = Hjälp av en specialist
queue-people-waiting = { $count ->
    [one] { $count } person väntar
   *[other] { $count } personer väntar
}
queue-wait-none = Ingen väntetid
queue-wait-under-five = Du väntar mindre än 5 minuter
queue-wait-about = Du väntar cirka { $minutes } minuter
queue-closed = Stängt just nu
queue-closed-opens-today = Stängt. Öppnar idag klockan { $time }
queue-closed-opens-on = Stängt. Öppnar { $weekday } klockan { $time }
queue-specialist-text = Personalen vid disken arbetar inte med den här frågan. Det gör en specialist. En specialist är en person på kommunen som kan just det här. Det är specialisten som ger dig svar: ja eller nej.
queue-specialist-desk = Personalen vid disken kan hjälpa dig att börja. De kan säga vad du behöver. De kan ge dig rätt blankett. De kan också boka en tid åt dig.
queue-specialist-take-ticket = Ta en kölapp till disken
queue-needs-title = Behöver du något extra?
queue-needs-help-with = Du får hjälp att börja med: { $errand }
queue-needs-optional = Du kan hoppa över det här.
queue-interpreter-question = Behöver du tolk?
queue-interpreter-none = Ingen tolk
queue-interpreter-want = Ja, jag behöver tolk
queue-interpreter-which = Tolk på vilket språk?
queue-accessibility-question = Behöver du annan hjälp?
queue-need-wheelchair = Jag sitter i rullstol
queue-need-hearing-loop = Hörslinga
queue-need-low-vision = Jag ser dåligt
queue-need-quiet = Ett lugnt rum
queue-need-other = Annat
queue-get-ticket = Ta kölapp
queue-issuing = Hämtar ditt nummer …
queue-your-number = Ditt nummer
queue-position = Plats i kön: { $position }
queue-where-to-wait = Sätt dig och vänta i väntrummet. När det är din tur syns ditt nummer på skärmarna. Vi ropar också upp ditt nummer.
queue-follow-on-phone = Följ kön i din mobil. Skanna koden med kameran.
queue-printing = Vi skriver ut din kölapp …
queue-printed = Ta din kölapp från skrivaren.
queue-print-failed = Vi kunde inte skriva ut din kölapp. Kom ihåg ditt nummer.
queue-done = Klar
queue-unreachable-title = Kön svarar inte just nu
queue-unreachable-text = Du kan inte ta en kölapp här just nu. Gå till disken. Där får du hjälp.
queue-refused-title = Du fick ingen kölapp
queue-refused-text = Datorn som sköter kön sa nej. Du fick inget nummer. Gå till disken. Där får du hjälp.
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
    [one] Om { $seconds } sekund börjar skärmen om. Då tas allt bort som du har valt och skrivit.
   *[other] Om { $seconds } sekunder börjar skärmen om. Då tas allt bort som du har valt och skrivit.
}
idle-yes = Ja, jag är kvar

## Något mer? (när du är klar)
finish-title = Vill du göra något mer?
finish-ends = { $seconds ->
    [one] Annars börjar skärmen om efter { $seconds } sekund. Då kan nästa person använda den.
   *[other] Annars börjar skärmen om efter { $seconds } sekunder. Då kan nästa person använda den.
}
finish-more = Ja, mer
finish-done = Nej, jag är klar
more-below = Mer längre ner

## E-services, forms and contacts
tile-guides = E-tjänster och blanketter
tile-guides-text = Steg för steg: sök på nätet eller på papper
tile-contacts = Kontakter
tile-contacts-text = Telefon, adress och öppettider till kommunen och myndigheter
guides-title = E-tjänster och blanketter
guides-choose-category = Välj ett ämne.
guides-choose-guide = Välj vad du vill göra.
guides-in-swedish = Den här texten finns inte på lättläst svenska än. Du ser den på vanlig svenska.
guide-provider = Vem sköter det: { $provider }
guide-who = Vem kan söka?
guide-need = Det här behöver du
guide-steps = Så gör du
guide-time = Så lång tid tar det
guide-help = Här får du hjälp av en person
guide-continue-on-phone = Fortsätt i din mobil
guide-scan-text = Öppna kameran i din mobil. Håll den mot koden. Då öppnas tjänsten på nätet, e-tjänsten.
guide-help-from-staff = Jag vill ha hjälp av personalen
forms-title = Blanketter på papper
forms-tile-text = Blanketter som du får vid disken
forms-intro = En blankett är ett papper som du fyller i. Du får de här blanketterna vid disken. Fråga efter dem där.
forms-hand-in = Här lämnar du blanketten:
contacts-title = Kontakter
contacts-choose = Välj vem du vill kontakta.
contact-phone = Telefon
contact-email = E-post
contact-address = Adress
contact-web = Hemsida
contact-hours = Öppettider
contact-call-on-phone = Ring från din mobil
contact-scan-text = Öppna kameran i din mobil. Håll den mot koden. Då kan du ringa direkt.
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
speech-digit-entered = Du skrev en siffra
speech-key-space = Mellanslag
speech-key-backspace = Radera
speech-not-available = Det går inte att lyssna på det här språket.
speech-offer = Du kan lyssna på ett av de här språken:
speech-time-range = { $opens } till { $closes }

## Printed ticket
print-your-number = Ditt nummer
print-position = Din plats i kön: { $position }
print-wait = Du väntar cirka { $minutes } min
print-called = Vänta tills du ser ditt nummer på skärmen.
print-follow = Följ kön i din mobil
print-issued = Skrevs ut { $time }
print-sample-service = Allmän hjälp
## Synpunkt
tile-synpunkt = Lämna en synpunkt
tile-synpunkt-text = Säg vad du tycker om kommunen. Klaga, beröm eller ge en idé.
syn-intro-title = Lämna en synpunkt
syn-intro-what = En synpunkt är när du säger vad du tycker om kommunen. Du kan klaga på något. Du kan säga att något var bra. Du kan också ge ett förslag, en idé. Det kan handla om hur du blev bemött. Alltså hur vi var mot dig. Eller hur lång tid något tog. Eller om det var lätt för alla att komma in och använda. Det kallas tillgänglighet. Eller om vi kunde det vi skulle kunna.
syn-intro-use = Vi läser alla synpunkter. Vi använder dem för att bli bättre.
syn-intro-continue = Ja, jag vill lämna en synpunkt
syn-not-title = Det här är inte synpunkter. Tryck och se vem som kan hjälpa dig:
syn-route-fault-title = Felanmälan
syn-route-fault-text = Något är trasigt eller farligt. Det kan vara en lampa på gatan, ett hål i vägen eller klotter.
    Säg det till kommunen. Det kallas att göra en felanmälan. Då kan rätt personer laga det.
syn-route-proposal-title = Förslag till politikerna
syn-route-proposal-text = Du vill att något nytt ska göras i kommunen. Det är politikerna som bestämmer det. Det är inte en synpunkt.
    Läs på kommunens sida ”Så kan du påverka”. Där står hur du ger ett förslag till politikerna. Är din idé om hur vi hjälper dig? Då är den en synpunkt. Välj då Förslag.
syn-route-damage-title = Skadestånd
syn-route-damage-text = Du har fått en skada. Du tror att det är kommunens fel. Du vill ha pengar för skadan. Det kallas skadestånd.
    Sök skadestånd. Spara dina kvitton. Ta bilder på skadan.
syn-route-appeal-title = Överklaga ett beslut
syn-route-appeal-text = Kommunen har gett dig ett svar, ett beslut. Du tycker att beslutet är fel.
    Då kan du be att beslutet ändras. Det kallas att överklaga. Det är inte en synpunkt. Det finns egna regler för att överklaga. Du måste göra det inom en viss tid. Ofta är det 3 veckor från den dag du fick beslutet. I beslutet står hur du gör.
syn-route-scan = Öppna kameran i din mobil. Håll den mot koden. Eller gå till:
syn-route-back = Tillbaka till synpunkter
syn-kind-title = Vad vill du säga?
syn-kind-complaint = Klagomål
syn-kind-complaint-text = Något är fel. Du vill klaga.
syn-kind-praise = Beröm
syn-kind-praise-text = Något har varit bra.
syn-kind-suggestion = Förslag
syn-kind-suggestion-text = Du har en idé om hur något kan bli bättre.
syn-area-title = Vilket område gäller det?
syn-area-school = Skola och förskola
syn-area-social = Socialtjänst, vård och omsorg
syn-area-building = Bygga och bo
syn-area-streets = Gator och parker
syn-area-culture = Kultur och fritid
syn-area-center = Medborgarcentret
syn-area-other = Annat
syn-topics-title = Vad handlar det om?
syn-topics-hint = Välj en eller flera.
syn-topic-treatment = Hur vi var mot dig
syn-topic-handling-time = Hur lång tid det tog
syn-topic-accessibility = Lätt att komma in och använda
syn-topic-competence = Kunskap
syn-topic-other = Annat
syn-selected = Du valde: { $choice }
syn-next = Nästa
syn-error-no-topic = Välj minst 1 ämne.
syn-message-title = Skriv din synpunkt
syn-message-hint = Berätta vad som hände. Var hände det? När hände det?
syn-error-message-empty = Du har inte skrivit något. Skriv något först.
syn-error-message-too-long = Texten är för lång. Du kan skriva högst 4000 tecken.
syn-error-message-control = I texten finns ett tecken som inte går att skicka.
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
syn-contact-with-title = Med e-post eller telefon
syn-contact-answer = Skriv din e-post eller ditt telefonnummer. Då hör vi av oss senast { $date }. Då får du svar. Eller så får du veta hur vi går vidare.
syn-contact-answer-soon = Skriv din e-post eller ditt telefonnummer. Då hör vi av oss inom 2 arbetsdagar. Då får du svar. Eller så får du veta hur vi går vidare.
syn-contact-anonymous-title = Anonymt
syn-contact-anonymous = Anonymt betyder att vi inte vet vem du är. Då kan vi inte svara dig. Men vi läser din synpunkt ändå. Vi använder den också.
syn-contact-public-title = Allmän handling
syn-contact-public = Din synpunkt blir en allmän handling. Det betyder att andra får be om att läsa den. De kan då också läsa ditt namn, din e-post och ditt telefonnummer, om du skriver dem. Skriv inte om privata saker, som din hälsa.
syn-contact-with = Jag vill ha svar
syn-contact-anonymous-button = Skicka anonymt
syn-details-title = Hur kan vi svara dig?
syn-details-hint = Skriv din e-post eller ditt telefonnummer. Du kan skriva båda. Du kan också skriva ditt namn, om du vill.
syn-field-name = Namn
syn-field-email = E-post
syn-field-phone = Telefon
syn-field-name-hint = Ditt namn (om du vill).
syn-field-email-hint = Till exempel namn@example.com
syn-field-phone-hint = Till exempel 070-123 45 67, eller +46 och numret
syn-field-empty = Tomt
syn-field-write = Skriv { $field }
syn-field-done = Klar
syn-error-name = Namnet är för långt.
syn-error-email-at = Din e-post ska ha ett @. Till exempel: namn@example.com
syn-error-email-domain = Titta på det som står efter @. Till exempel: example.com
syn-error-email-character = Din e-post har ett mellanslag eller ett tecken som inte får vara med.
syn-error-email-too-long = Din e-post är för lång.
syn-error-phone-too-short = Numret har för få siffror.
syn-error-phone-too-long = Numret har för många siffror.
syn-error-phone-character = Skriv bara siffror och mellanslag. Du kan ha + först.
syn-error-phone-prefix = Börja med 0, till exempel 070. Eller börja med + och numret för landet.
syn-error-no-contact = Skriv din e-post eller ditt telefonnummer. Då kan vi svara dig. Eller gå tillbaka och välj Skicka anonymt.
syn-review-title = Stämmer allt?
syn-review-hint = Läs allt en gång till. Du kan ändra allt innan du skickar.
syn-review-kind = Typ
syn-review-area = Område
syn-review-topics = Handlar om
syn-review-message = Din text
syn-review-contact = Kontakt
syn-review-anonymous = Anonym, du får inget svar
syn-review-line = { $label }: { $value }
syn-review-edit-kind = Ändra typ
syn-review-edit-area = Ändra område
syn-review-edit-topics = Ändra ämnen
syn-review-edit-message = Ändra texten
syn-review-edit-contact = Ändra kontakt
syn-send = Skicka
syn-sending = Vi skickar …
syn-receipt-title = Tack för din synpunkt!
syn-receipt-sorry = Vi är ledsna att något blev dåligt för dig.
syn-receipt-queued = Kiosken har ingen kontakt med kommunen just nu. Vi har sparat din synpunkt här. Vi skickar den när kontakten är tillbaka.
syn-receipt-next = Kommunens kontaktcenter skriver in din synpunkt. Sedan går den till rätt nämnd. En nämnd är en grupp politiker. De styr en del av kommunen. De ser till att någon tar hand om din synpunkt.
syn-receipt-answer = Vi hör av oss senast { $date }. Då får du svar. Eller så får du veta hur vi går vidare.
syn-receipt-no-answer = Du skrev inte din e-post eller ditt telefonnummer. Därför kan vi inte svara dig. Men vi läser din synpunkt ändå, och vi använder den.
syn-receipt-unhappy = Är du inte nöjd med svaret? Hör av dig till oss igen. Be att chefen för det området tittar på saken. Säg din referens.
syn-receipt-reference = Din referens:
syn-receipt-done = Klar
syn-list-separator = { ", " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = Från: { $source }
crisis-banner-more = Tryck här för att läsa allt
crisis-more-messages = fler meddelanden: { $count }
crisis-takeover-title = Viktigt meddelande
crisis-ack = Jag har läst meddelandet
crisis-close = Stäng
crisis-published = Skickat { $time }
crisis-not-in-language = Meddelandet finns inte på lättläst svenska. Du ser det så som det skrevs från början.
crisis-exercise = Övning, inte på riktigt
crisis-test = Test, inte på riktigt
tile-news = Nytt och på gång
tile-news-text = Det som händer i området
news-title = Nytt och på gång
news-heading = Nyheter
events-heading = På gång
news-in-swedish = Nyheterna finns inte på lättläst svenska. Du ser dem på vanlig svenska.
news-none = Inga nyheter just nu.
events-none = Inget är på gång just nu.
news-stale = Det här kommer från { $source }. Vi hämtade det senast { $time }.
display-now-serving = Nummer som är på tur nu
display-ticket = Nummer
display-counter = Gå till
display-no-one = Vi kallar ingen just nu.
display-hours-today = Öppet i dag
crisis-listen = Lyssna på meddelandet

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = Byt tangentbord
search-button = Sök
search-title = Sök
search-hint = Skriv ett ord. Det kan vara förskola, bygglov eller pass.
search-contacts-hint = Skriv ett namn eller vad det gäller. Det kan vara Försäkringskassan eller skatt.
search-no-results = Vi hittade inget. Prova ett annat ord.
search-kind-form = Blankett
search-kind-contact = Kontakt

# --- staff mode and out of service (issue 8) ---
out-of-service-title = Skärmen är stängd just nu
out-of-service-text = Gå till disken. Där hjälper vi dig.
staff-assist-marker = Personalen hjälper dig
staff-pin-title = Personalläge
staff-pin-hint = Skriv PIN-koden för personal.
staff-pin-open = Öppna
staff-pin-wrong = Fel PIN-kod. Du har { $left } försök kvar.
staff-pin-locked = Fel PIN-kod för många gånger. Personalläget är låst till kl. { $time }.
staff-pin-not-set = Det finns ingen PIN-kod för personal. IT lägger in en med kommandot hash-pin.
staff-cancel = Avbryt
staff-title = Personalläge
staff-auto-leave = Har ingen rört skärmen på 2 minuter? Då stängs personalläget av sig självt.
staff-leave = Lämna personalläget
staff-api = Kommunens system (central-API)
staff-api-none = Kiosken når inte kommunens system. Därför går det inte att ta kölapp eller ge synpunkter nu.
staff-last-success = Senaste kontakt: { $time }
staff-last-error = Senaste fel: { $error }
staff-never = aldrig
staff-no-error = inga fel
staff-error-network = kiosken når inte nätet
staff-error-timeout = svarar inte i tid
staff-error-server = fel hos servern
staff-error-rate-limited = för många anrop. Servern ber kiosken vänta.
staff-error-auth = nyckeln (token) gäller inte
staff-error-rejected = servern tog inte emot det som skickades
staff-error-protocol = servern gav ett svar som inte väntades
staff-error-local = fel i kiosken (inställningar eller lagring)
staff-outbox = Synpunkter som väntar på att skickas
staff-outbox-pending = Väntar: { $count }
staff-outbox-oldest = Den äldsta har väntat { $minutes } min.
staff-retry-now = Försök skicka nu
staff-retry-started = Nu försöker kiosken skicka.
staff-content = Innehåll (e-tjänster, blanketter, kontakter)
staff-content-version = Version: { $version }
staff-content-reload = Ladda om innehållet
staff-content-reloaded = Nu är innehållet laddat.
staff-content-kept = Det nya innehållet har fel. Därför visar kiosken det gamla.
staff-feeds = Nyheter och meddelanden vid kris
staff-feeds-none = Kiosken har inga flöden.
staff-speech = Uppläsning
staff-speech-engine = Talmotor: { $engine }
staff-speech-none = Det finns ingen talmotor. IT lägger in paketet espeak-ng.
staff-headphones = Hörlursläge
staff-headphones-same = Hörlursläget har ingen egen utgång. Ljudet går till samma högtalare, men lägre.
staff-on = på
staff-off = av
staff-toggle = { $name }: { $state }
staff-pause = Pausa kiosken
staff-resume = Öppna kiosken igen
staff-assist = Hjälpläge
staff-counts = I dag
staff-counts-tickets = Kölappar
staff-counts-synpunkter = Synpunkter
staff-counts-languages = Valda språk
staff-counts-none = inget ännu

# Feed errors in the staff panel
staff-feed-error-http = servern svarade med ett fel
staff-feed-error-too-large = flödet är för stort
staff-feed-error-not-a-feed = adressen ger en webbsida, inte ett flöde
staff-feed-error-malformed = det går inte att läsa flödet
staff-error-clock-skew = kioskens klocka går före serverns
staff-api-demo = Demoläge: kiosken har sin egen server. Synpunkter blir kvar här. Vi lovar inget datum för svar.
staff-outbox-refused = Nekade av servern: { $count } (sparas för IT)
staff-outbox-refused-oldest = Servern sa nej till den äldsta för { $days } dagar sedan.
staff-outbox-refused-reason = Skäl: { $reason }
staff-refused-field-message = meddelandet
staff-refused-field-email = e-postadressen
staff-refused-field-phone = telefonnumret
staff-refused-field-name = namnet
staff-refused-field-other = en uppgift i synpunkten
staff-refused-fields = Servern tog inte emot { $fields }
staff-refused-no-reason = servern gav inget skäl
staff-refused-it = IT ser dem och skickar om dem med kommandot: medborgarkiosk outbox list
staff-clock = Klocka
staff-clock-ntp-yes = Klockan hålls rätt via nätet (NTP).
staff-clock-ntp-no = Klockan hålls inte rätt via nätet (NTP). IT ser över hur tiden är inställd.
staff-clock-ntp-unknown = Det går inte att se om klockan hålls rätt via nätet.
staff-clock-skew = Skillnad mot serverns klocka: { $seconds } s
staff-clock-skew-unknown = Skillnad mot serverns klocka: inte mätt än
staff-pin-locked-reset = För många fel försök. Personalläget är låst. IT låser upp det med en ny PIN-kod i inställningarna.

# Wall display polish: counters by name, next opening
display-counter-name = Lucka { $counter }
display-closed-opens = Stängt nu. Vi öppnar { $day } klockan { $time }.
display-opens = Vi öppnar { $day } klockan { $time }.
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
keys-help = Du är här: { $title }. Med Tabb eller pilarna går du mellan valen. Enter väljer. Escape går tillbaka. Home börjar om. Plus gör ljudet högre. Minus gör ljudet lägre. F5 läser igen. F1 läser den här hjälpen.
text-entered = Du har skrivit { $count } tecken
text-char-entered = Du skrev ett tecken
syn-contact-demo = Det här är bara ett test (demo). Synpunkter går inte till kommunen. Ingen svarar dig.
focus-text-field = ruta att skriva i

## Digitala verktyg på kontoret (issue 23)
tile-tools = Datorer och wifi
tile-tools-text = Datorer, skriva ut, wifi och hjälp att komma igång
tools-title = Datorer, skrivare och wifi
tools-intro = Det här finns för dig på kontoret. Personalen visar hur du gör.
tools-skills = Lär dig dator och mobil
tools-skills-text = E-post, BankID, digital brevlåda och hur du inte blir lurad
tools-drop-in = Drop-in: digital hjälp utan att boka tid
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = Namn på wifi
tools-wifi-hidden = Nätet syns inte i listan. Skanna koden. Eller skriv in namnet själv.
tools-wifi-open = Nätet är öppet. Du behöver inget lösenord.
tools-wifi-password = Lösenord
tools-wifi-show-password = Visa lösenordet
tools-wifi-hide-password = Göm lösenordet
tools-wifi-password-not-read = Du ser lösenordet här. Vi säger det inte högt.
tools-wifi-qr = Anslut med mobilen
tools-wifi-scan = Rikta kameran i mobilen mot koden. Då kommer du in på nätet.
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
counter-sign-in-locked = För många försök. Vänta en minut. Försök sedan igen.
counter-sign-out = Logga ut
counter-heading = Lucka { $counter } – { $office }
counter-other-language = English
counter-current = Hos dig nu
counter-none-current = Ingen är kallad just nu.
counter-call-next = Kalla nästa
counter-call-again = Kalla igen
counter-done = Klar
counter-no-show = Kom inte
counter-transfer = Skicka till en annan tjänst
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
counter-nobody-to-call = Ingen väntar på de tjänster som luckan tar.
counter-choose-services = Välj minst en tjänst som luckan tar.
counter-stale = Sidan var gammal. Därför hände inget. Här är läget nu.
counter-skip = Hoppa till kön
follow-page-title = Din kölapp
follow-number = Ditt nummer
follow-ahead = { $count ->
    [0] Du är näst på tur.
    [one] { $count } person är före dig i kön.
   *[other] { $count } personer är före dig i kön.
}
follow-your-turn = Det är din tur
follow-go-to = Gå till lucka { $counter }
follow-finished = Ditt besök är klart. Tack!
follow-no-show = Vi ropade upp ditt nummer. Men du kom inte. Ta en ny kölapp om du behöver.
follow-refresh = Sidan laddar om av sig själv.
follow-gone-title = Kölappen gäller inte längre
follow-gone-text = Länken är gammal eller fel. Ta en ny kölapp. Det gör du vid skärmen på kontoret.

## The statistics report (issue 22), read by the organisation
report-title = Statistik: { $office }
report-period = Tid: { $from } – { $to }
report-generated = Gjord { $time }. Siffrorna kommer från kölappar och synpunkter. Och från det som kioskerna räknar, utan namn.
report-small-numbers = Tal under 3 visas som ”< 3”. Då kan ingen kännas igen. Vi visar andelar och medianer bara när det finns minst 3 att räkna på.
report-visits = Besök per veckodag och timme
report-visits-note = Besök som börjar vid skärmen. Svensk tid. Mörkare ruta: fler besök.
report-hour = Timme
report-day-mon = Mån
report-day-tue = Tis
report-day-wed = Ons
report-day-thu = Tor
report-day-fri = Fre
report-day-sat = Lör
report-day-sun = Sön
report-languages = Språk
report-entries = Vad besökare valde först
report-count = Antal
report-waits = Tid i kön per tjänst
report-wait-axis = Tid i kön (minuter)
report-service-tickets = Kölappar: { $tickets }. Kallade: { $called }. Kom inte: { $noshows }.
report-median-wait = Median tid i kön
report-median-handling = Median tid vid luckan
report-within-target = Kallade i tid (mål: { $target } min)
report-minutes = { $minutes } min
report-percent = { $percent } %
report-hidden = visas inte (färre än 3)
report-guides = De 10 guider som används mest
report-guides-help = Guider där besökare bad personalen om hjälp
report-flows = Var besökare ger upp
report-flow = { $flow }: { $started } började, { $completed } gjorde klart
report-left-axis = Slutade vid steget
report-searches = Sökningar: { $made }. Utan träff: { $empty }.
report-synpunkter = Synpunkter per område och slag
report-promise = Löftet: svar eller besked inom 2 arbetsdagar
report-promise-note = Synpunkter med kontaktuppgifter som kom under perioden. Du ser hur många som fick svar eller besked i tid. I tid betyder senast på svarsdagen.
report-percent-axis = Andel i tid (%)
report-col-area = Område
report-col-with-contact = Med kontaktuppgifter
report-col-kept = I tid
report-col-percent = Andel i tid
report-col-name = Vad
report-other = Övrigt: tillgänglighet, tidsgränser, kris
report-nothing = Inget under perioden.
