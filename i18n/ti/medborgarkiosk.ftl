language-name = ትግርኛ

## መጀመርታ
welcome = እንቋዕ ብደሓን መጻእኩም
start-touch-language = ንምጅማር ቋንቋኹም ጠውቑ
start-open-today = ሎሚ ክፉት እዩ { $hours }
start-closed-today = ሎሚ ዕጹው እዩ

## ቀንዲ ገጽ
home-title = እንታይ ክትገብሩ ትደልዩ?
home-desk-hint = ኩሉ ግዜ ንሰራሕተኛታት ናይ መቐበሊ ክትሓቱ ትኽእሉ ኢኹም።

## ሰዓታት ስራሕ
tile-hours = ሰዓታት ስራሕ
tile-hours-text = ኣብ ዝመጽእ ሾብዓተ መዓልታት መዓስ ክፉታት ከም ዝኾንና
hours-title = ሰዓታት ስራሕ
hours-closed = ዕጹው
hours-changed = ዝተቐየረ ሰዓታት ስራሕ
hours-today-date = ሎሚ፡ { $date }
hours-day-line = { $day }፡ { $hours }

## ቁጽሪ መስርዕ
tile-queue = ቁጽሪ መስርዕ
tile-queue-text = ቁጽሪ መስርዕ ውሰዱን ክንደይ ከም እትጽበዩ ርኣዩን
queue-title = ቁጽሪ መስርዕ
queue-loading = መስርዓት ይመጽእ ኣሎ …
queue-choose = ምብጻሕኩም ብዛዕባ እንታይ ምዃኑ ምረጹ።
queue-group-desk = ሓገዝ ኣብ መቐበሊ
queue-group-specialist = ብክኢላታት ዝካየድ
queue-people-waiting = { $count ->
    [one] { $count } ሰብ ይጽበ ኣሎ
   *[other] { $count } ሰባት ይጽበዩ ኣለዉ
}
queue-wait-none = ምጽባይ የለን
queue-wait-under-five = ካብ 5 ደቓይቕ ዝውሕድ ምጽባይ
queue-wait-about = ኣስታት { $minutes } ደቓይቕ ምጽባይ
queue-closed = ሕጂ ዕጹው እዩ
queue-closed-opens-today = ዕጹው እዩ። ሎሚ ሰዓት { $time } ይኽፈት
queue-closed-opens-on = ዕጹው እዩ። { $weekday } ሰዓት { $time } ይኽፈት
queue-specialist-text = እዚ ጉዳይ ብክኢላ እዩ ዝካየድ፡ ኣብ መቐበሊ ኣይኮነን። ውሳነ ዝህብ እቲ ክኢላ እዩ።
queue-specialist-desk = ሰራሕተኛታት መቐበሊ ክትጅምሩ ክሕግዙኹም ይኽእሉ፡ እንታይ ከም ዘድልየኩም፡ ቅኑዕ ቅጥዒ ወይ ቆጸራ ምሓዝ።
queue-specialist-take-ticket = ንመቐበሊ ቁጽሪ መስርዕ ውሰዱ
queue-needs-title = ፍሉይ ነገር የድልየኩም ድዩ?
queue-needs-help-with = ንምጅማር ሓገዝ ክትረኽቡ ኢኹም፡ { $errand }
queue-needs-optional = ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።
queue-interpreter-question = ተርጓሚ የድልየኩም ድዩ?
queue-interpreter-none = ተርጓሚ ኣየድልየንን
queue-interpreter-want = እወ፡ ተርጓሚ የድልየኒ
queue-interpreter-which = ተርጓሚ ናይ ኣየናይ ቋንቋ?
queue-accessibility-question = ካልእ ሓገዝ የድልየኩም ድዩ?
queue-need-wheelchair = ዓረብያ ስንኩላን እጥቀም
queue-need-hearing-loop = መስምዒ ቀለበት
queue-need-low-vision = ጽቡቕ ኣይርእን እየ
queue-need-quiet = ህዱእ ክፍሊ
queue-need-other = ካልእ
queue-get-ticket = ቁጽሪ ውሰዱ
queue-issuing = ቁጽሪኹም ይመጽእ ኣሎ …
queue-your-number = ቁጽሪኹም
queue-position = ቦታኹም ኣብ መስርዕ፡ { $position }
queue-where-to-wait = በጃኹም ኣብ መጽበዪ ኮፍ በሉ። ቁጽሪኹም ኣብ ስክሪናት ይርአ፡ ተራኹም ምስ በጽሐ ድማ ይጽዋዕ።
queue-follow-on-phone = መስርዕ ብተሌፎንኩም ተኸታተሉ፡ ነቲ ኮድ ስካን ግበሩ።
queue-printing = ቁጽሪ መስርዕ ይሕተም ኣሎ …
queue-printed = ቁጽሪ መስርዕኩም ካብ ማሕተሚ ውሰዱ።
queue-print-failed = ቁጽሪ መስርዕ ክሕተም ኣይከኣለን። ቁጽሪኹም ዘክሩ።
queue-done = ተወዲኡ
queue-unreachable-title = ሕጂ ናብ መስርዕ ምብጻሕ ኣይከኣልን
queue-unreachable-text = ሕጂ ኣብዚ ቁጽሪ መስርዕ ክውሰድ ኣይከኣልን። ናብ መቐበሊ ኪዱ፡ ሰራሕተኛታት ክሕግዙኹም እዮም።
queue-refused-title = ቁጽሪ መስርዕ ክውሰድ ኣይከኣለን
queue-refused-text = ስርዓት መስርዕ ነቲ ሕቶ ኣይተቐበሎን። ናብ መቐበሊ ኪዱ፡ ሰራሕተኛታት ክሕግዙኹም እዮም።
queue-retry = እንደገና ፈትኑ

## ዕለታት
weekday-1 = ሰኑይ
weekday-2 = ሰሉስ
weekday-3 = ረቡዕ
weekday-4 = ሓሙስ
weekday-5 = ዓርቢ
weekday-6 = ቀዳም
weekday-7 = ሰንበት
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ
date-long = { $weekday } { $day } { $month }

## ኣብ ነፍሲ ወከፍ ስክሪን ዘሎ መስመር መጠወቒታት
bar-language = ቋንቋ
bar-text-size = ዓቐን ጽሑፍ
bar-contrast = ልዑል ፍልልይ ሕብሪ
bar-start-over = ካብ መጀመርታ
bar-back = ንድሕሪት
text-size-sample = ሀ
language-picker-title = ቋንቋኹም ምረጹ
bar-listen = ስምዑ
bar-listen-stop = ምንባብ ኣቋርጹ
speech-repeat = እንደገና ኣንብቡ
speech-louder = ዓው ኣብሉ
speech-quieter = ትሕት ኣብሉ

## ገና ኣለኹም ዶ?
idle-title = ገና ኣለኹም ዶ?
idle-countdown = { $seconds ->
    [one] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ፡ ዝመረጽኩምዎን ዝጸሓፍኩምዎን ኩሉ ድማ ክድምሰስ እዩ።
   *[other] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ፡ ዝመረጽኩምዎን ዝጸሓፍኩምዎን ኩሉ ድማ ክድምሰስ እዩ።
}
idle-yes = እወ፡ ኣለኹ

## ካልእ ነገር? (መወዳእታ ምብጻሕ)
finish-title = ካልእ ነገር ክትገብሩ ትደልዩ ዶ?
finish-ends = { $seconds ->
    [one] እንተዘይኮይኑ፡ እቲ ስክሪን ድሕሪ { $seconds } ካልኢት ንዝቕጽል በጻሒ ካብ መጀመርታ ክጅምር እዩ።
   *[other] እንተዘይኮይኑ፡ እቲ ስክሪን ድሕሪ { $seconds } ካልኢት ንዝቕጽል በጻሒ ካብ መጀመርታ ክጅምር እዩ።
}
finish-more = እወ፡ ካልእ ነገር
finish-done = ኣይፋልን፡ ወዲአ እየ
more-below = ተወሳኺ ኣብ ታሕቲ ኣሎ

## E-services, forms and contacts
tile-guides = ኤሌክትሮኒካዊ ኣገልግሎታትን ቅጥዕታትን
tile-guides-text = ስጉምቲ ብስጉምቲ፡ ብኢንተርነት ወይ ብወረቐት ሕተቱ
tile-contacts = ርክባት
tile-contacts-text = ተሌፎን፡ ኣድራሻን ሰዓታት ስራሕን ናይ ምምሕዳርን ትካላትን
guides-title = ኤሌክትሮኒካዊ ኣገልግሎታትን ቅጥዕታትን
guides-choose-category = ኣርእስቲ ምረጹ።
guides-choose-guide = ክትገብሩዎ እትደልዩ ምረጹ።
guides-in-swedish = እዚ ጽሑፍ ገና ብቋንቋኹም የለን። ብሽወደንኛ ይርአ ኣሎ።
guide-provider = ሓላፍነት ዘለዎ፡ { $provider }
guide-who = መን ክሓትት ይኽእል?
guide-need = እዚ የድልየኩም
guide-steps = ከምዚ ግበሩ
guide-time = ክንደይ ግዜ ይወስድ
guide-help = ኣብዚ ውልቃዊ ሓገዝ ትረኽቡ
guide-continue-on-phone = ብተሌፎንኩም ቀጽሉ
guide-scan-text = ካሜራ ተሌፎንኩም ናብቲ ኮድ ኣቕንዑ። እቲ ኤሌክትሮኒካዊ ኣገልግሎት ይኽፈት።
guide-help-from-staff = ካብ ሰራሕተኛታት ሓገዝ እደሊ
forms-title = ናይ ወረቐት ቅጥዕታት
forms-tile-text = ካብ መቐበሊ እትረኽብዎም ቅጥዕታት
forms-intro = ነዞም ቅጥዕታት ኣብ መቐበሊ ሕተቱ።
forms-hand-in = ነቲ ቅጥዒ ኣብዚ ኣረክቡ፡
contacts-title = ርክባት
contacts-choose = ምስ መን ክትራኸቡ ከም እትደልዩ ምረጹ።
contact-phone = ተሌፎን
contact-email = ኢመይል
contact-address = ኣድራሻ
contact-web = መርበብ ሓበሬታ
contact-hours = ሰዓታት ስራሕ
contact-call-on-phone = ካብ ተሌፎንኩም ደውሉ
contact-scan-text = ካሜራ ተሌፎንኩም ናብቲ ኮድ ኣቕንዑ። ሽዑ ብቕልጡፍ ክትድውሉ ትኽእሉ።
provider-municipality = ምምሕዳር ቦትሸርካ
provider-forsakringskassan = ትካል ማሕበራዊ መድሕን (Försäkringskassan)
provider-csn = ትካል ደገፍ ትምህርቲ (CSN)
provider-migrationsverket = ቤት ጽሕፈት ስደት (Migrationsverket)
provider-skatteverket = ቤት ጽሕፈት ግብሪ (Skatteverket)
provider-arbetsformedlingen = ቤት ጽሕፈት ስራሕ (Arbetsförmedlingen)
provider-a-kassa = ሳንዱቕ ስኢን ስራሕ (A-kassa)
provider-konsumentverket = ትካል ተጠቀምቲ (Konsumentverket)
provider-region = ዞባ ስቶክሆልም፡ ክንክን ጥዕና (Region Stockholm)
provider-bank = ባንክኹም
provider-polisen = ፖሊስ (Polisen)
provider-pensionsmyndigheten = ትካል ጡረታ (Pensionsmyndigheten)
provider-transportstyrelsen = ትካል መጓዓዝያ (Transportstyrelsen)
provider-other = ካልእ ትካል
need-bankid = BankID
need-personnummer = ውልቃዊ ቁጽሪ
need-id-document = መንነት ሰነድ
need-documents = ወረቓቕትን ምስክር ወረቐታትን
need-email = ኣድራሻ ኢመይል
need-photo = ስእሊ
need-fee = ክፍሊት

## Speech
speech-digit-entered = ቁጽሪ ኣትዩ
speech-key-space = ባዶ ቦታ
speech-key-backspace = ደምስሱ
speech-not-available = ብዚ ቋንቋ እዚ ብድምጺ ምንባብ የለን።
speech-offer = ብሓደ ካብዞም ቋንቋታት ክትሰምዑ ትኽእሉ ኢኹም፦
speech-time-range = ካብ { $opens } ክሳብ { $closes }

## Printed ticket
print-your-number = ቁጽርኹም
print-position = ቦታኹም ኣብ መስርዕ: { $position }
print-wait = ግምታዊ ግዜ ምጽባይ: ኣስታት { $minutes } ደቒቕ
print-called = በጃኹም ቁጽርኹም ኣብ ስክሪን ክሳዕ ዝርአ ተጸበዩ።
print-follow = ነቲ መስርዕ ብሞባይልኩም ተኸታተሉ
print-issued = ዝተዋህበሉ ግዜ: { $time }
print-sample-service = ሓፈሻዊ መምርሒ
## ርእይቶ (synpunkt)
tile-synpunkt = ርእይቶ ሃቡ
tile-synpunkt-text = ብዛዕባ ኣገልግሎታት ምምሕዳር ከተማ ጥርዓን፡ ናእዳ ወይ ሓሳብ
syn-intro-title = ርእይቶ ሃቡ
syn-intro-what = ርእይቶ ማለት ብዛዕባ ኣገልግሎታት ምምሕዳር ከተማ ዝቐርብ ጥርዓን፡ ናእዳ ወይ ሓሳብ እዩ። ብዛዕባ ከመይ ከም ዝተተሓዝኩም፡ ሓደ ነገር ክንደይ ግዜ ከም ዝወሰደ፡ ተበጻሕነት ወይ ፍልጠትን ክእለትን ክኸውን ይኽእል።
syn-intro-use = ኩሉ ርእይቶታት ነንብቦ፡ ንምምሕያሽ ድማ ንጥቀመሉ።
syn-intro-continue = እወ፡ ርእይቶ ክህብ እደሊ
syn-not-title = እዚኣቶም ርእይቶ ኣይኮኑን። ናበይ ክትከዱ ከም ዘለኩም ንምርኣይ ጠውቑ፦
syn-route-fault-title = ጸብጻብ ብልሽት
syn-route-fault-text = ሓደ ነገር ተበላሽዩ ወይ ሓደገኛ እዩ፡ ንኣብነት መብራህቲ ጽርግያ፡ ጉድጓድ ኣብ መገዲ ወይ ጽሑፍ ኣብ መናድቕ።
    ብልሽት ሕበሩ፡ እቶም ግቡኣት ሰባት ክጽግንዎ ምእንቲ።
syn-route-proposal-title = ሓሳብ ናብ ፖለቲከኛታት
syn-route-proposal-text = ፖለቲከኛታት ብዛዕባ ሓድሽ ነገር ኣብ ምምሕዳር ከተማ ክውስኑ ትደልዩ። እዚ ርእይቶ ኣይኮነን።
    ገጽ ምምሕዳር ከተማ «Så kan du påverka» (ብኸመይ ጽልዋ ክትገብሩ ትኽእሉ) ሓሳብ ናብ ፖለቲከኛታት ብኸመይ ከም እተቕርቡ ይነግረኩም። ሓሳብኩም ብዛዕባ ኣገልግሎታት ምምሕዳር ከተማ እንተኾይኑ ርእይቶ እዩ፡ ሓሳብ ምረጹ።
syn-route-damage-title = ካሕሳ ጉድኣት
syn-route-damage-text = ምምሕዳር ከተማ ሓላፍነት ኣለዎ ኢልኩም ንእትሓስብዎ ጉድኣት ካሕሳ ትደልዩ።
    ካሕሳ ሕተቱ። ቅብሊታት ሓልዉ፡ ናይቲ ጉድኣት ድማ ስእሊ ውሰዱ።
syn-route-appeal-title = ይግባይ ኣብ ውሳነ
syn-route-appeal-text = ካብ ምምሕዳር ከተማ ዝወጸ ውሳነ ጌጋ እዩ ኢልኩም ትሓስቡ።
    ኣብ ውሳነ ይግባይ ምባል ካብ ርእይቶ ምሃብ ዝተፈልየ እዩ። ይግባይ ናይ ገዛእ ርእሱ ሕግታትን ናይ ግዜ ገደባትን ኣለዎ፡ መብዛሕትኡ ግዜ ውሳነ ካብ ዝተቐበልኩምሉ መዓልቲ ኣትሒዙ ሰለስተ ሰሙን። ከመይ ከም እትገብሩ ኣብቲ ውሳነ ተጻሒፉ ኣሎ።
syn-route-scan = ነቲ ኮድ ብካሜራ ተሌፎንኩም ስከኑ፡ ወይ ናብዚ ኪዱ፦
syn-route-back = ናብ ርእይቶታት ተመለሱ
syn-kind-title = እንታይ ክትህቡ ትደልዩ?
syn-kind-complaint = ጥርዓን
syn-kind-complaint-text = ሓደ ነገር ከም ዝግባእ ኣይሰርሐን
syn-kind-praise = ናእዳ
syn-kind-praise-text = ሓደ ነገር ጽቡቕ ሰሪሑ
syn-kind-suggestion = ሓሳብ
syn-kind-suggestion-text = ሓደ ነገር ከመይ ክመሓየሽ ከም ዝኽእል ሓሳብ
syn-area-title = ብዛዕባ ኣየናይ ኣገልግሎት እዩ?
syn-area-school = ቤት ትምህርትን ቅድመ ትምህርትን
syn-area-social = ማሕበራዊ ኣገልግሎትን ክንክንን
syn-area-building = ህንጻን መንበሪ ገዛን
syn-area-streets = ጽርግያታትን ፓርክታትን
syn-area-culture = ባህልን ናይ ዕረፍቲ ግዜን
syn-area-center = ማእከል ኣገልግሎት ዜጋታት
syn-area-other = ካልእ
syn-topics-title = ብዛዕባ እንታይ እዩ?
syn-topics-hint = ሓደ ወይ ልዕሊኡ ምረጹ።
syn-topic-treatment = ኣተሓሕዛ
syn-topic-handling-time = ግዜ ምስራሕ ጉዳይ
syn-topic-accessibility = ተበጻሕነት
syn-topic-competence = ፍልጠትን ክእለትን
syn-topic-other = ካልእ
syn-selected = ተመሪጹ፦ { $choice }
syn-next = ቀጺሉ
syn-error-no-topic = እንተወሓደ ሓደ ምረጹ።
syn-message-title = ርእይቶኹም ጸሓፉ
syn-message-hint = እንታይ ከም ዘጋጠመ፡ ኣበይን መዓስን ንገሩና።
syn-error-message-empty = ቅድሚ ምቕጻልኩም ገለ ነገር ጸሓፉ።
syn-error-message-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ። እንተበዝሐ 4000 ፊደላት ክትጽሕፉ ትኽእሉ።
syn-error-message-control = ኣብቲ ጽሑፍ ክለኣኽ ዘይክእል ምልክት ኣሎ።
kb-chars-left = { $count ->
    [one] { $count } ፊደል ተሪፉ
   *[other] { $count } ፊደላት ተሪፎም
}
kb-shift = ዓቢ ፊደል
kb-backspace = ደምስሱ
kb-space = ባዶ ቦታ
kb-clear = ኩሉ ደምስሱ
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = መልሲ ትደልዩ ዶ?
syn-contact-with-title = ምስ ሓበሬታ ርክብ
syn-contact-answer = ኢመይል ወይ ቁጽሪ ተሌፎን እንተሂብኩም፡ ምምሕዳር ከተማ ብዝደንጎየ ክሳብ { $date } መልሲ፡ ወይ ጉዳይኩም ብኸመይ ከም ዝቕጽል ሓበሬታ፡ ክህበኩም እዩ።
syn-contact-answer-soon = ኢመይል ወይ ቁጽሪ ተሌፎን እንተሂብኩም፡ ምምሕዳር ከተማ ኣብ ውሽጢ ክልተ መዓልቲ ስራሕ መልሲ፡ ወይ ጉዳይኩም ብኸመይ ከም ዝቕጽል ሓበሬታ፡ ክህበኩም እዩ።
syn-contact-anonymous-title = ስም ብዘይምጥቃስ
syn-contact-anonymous = ብዘይ ሓበሬታ ርክብ መልሲ ኣይትረኽቡን። ግን ርእይቶኹም ነንብቦን ንጥቀመሉን ኢና።
syn-contact-public-title = ህዝባዊ ሰነድ
syn-contact-public = ርእይቶ ህዝባዊ ሰነድ ይኸውን። እዚ ማለት ካልኦት ከንብብዎ ክሓቱ ይኽእሉ፡ እንተሂብኩም ድማ ስምኩምን ሓበሬታ ርክብኩምን ሓዊሱ። ንኣብነት ብዛዕባ ጥዕና ዝኣመሰለ ምስጢራዊ ሓበሬታ ኣይትጽሓፉ።
syn-contact-with = መልሲ እደሊ
syn-contact-anonymous-button = ብዘይ ስም ስደዱ
syn-details-title = ሓበሬታ ርክብኩም
syn-details-hint = ኢመይል ወይ ቁጽሪ ተሌፎን ወይ ክልቲኦም ጸሓፉ። እንተደሊኹም ስምኩም ክትጽሕፉ ትኽእሉ።
syn-field-name = ስም
syn-field-email = ኢመይል
syn-field-phone = ተሌፎን
syn-field-name-hint = ስምኩም (እንተደሊኹም)።
syn-field-email-hint = ንኣብነት name@example.com
syn-field-phone-hint = ንኣብነት 070-123 45 67፡ ወይ + ምስ ኮድ ሃገር
syn-field-empty = ኣይተመልአን
syn-field-write = ጸሓፉ፦ { $field }
syn-field-done = ተወዲኡ
syn-error-name = እቲ ስም ኣዝዩ ነዊሕ እዩ።
syn-error-email-at = ኣድራሻ ኢመይል @ ክህልዎ ኣለዎ፡ ንኣብነት name@example.com
syn-error-email-domain = ድሕሪ @ ዘሎ ክፋል ኣረጋግጹ፡ ንኣብነት example.com
syn-error-email-character = ኣብ ኣድራሻ ኢመይል ባዶ ቦታ ወይ ዘይፍቀድ ምልክት ኣሎ።
syn-error-email-too-long = ኣድራሻ ኢመይል ኣዝዩ ነዊሕ እዩ።
syn-error-phone-too-short = ቁጽሪ ተሌፎን ኣዝዮም ውሑዳት ኣሃዛት ኣለዎ።
syn-error-phone-too-long = ቁጽሪ ተሌፎን ኣዝዮም ብዙሓት ኣሃዛት ኣለዎ።
syn-error-phone-character = ኣሃዛት፡ ባዶ ቦታን ኣብ መጀመርታ + ጥራይ ተጠቐሙ።
syn-error-phone-prefix = ብ 0 (ንኣብነት 070) ወይ ብ + ምስ ኮድ ሃገር ጀምሩ።
syn-error-no-contact = መልሲ ክንህበኩም ምእንቲ ኢመይል ወይ ቁጽሪ ተሌፎን ጸሓፉ። ወይ ተመሊስኩም ብዘይ ስም ምስዳድ ምረጹ።
syn-review-title = ኩሉ ቅኑዕ ድዩ?
syn-review-hint = ኣንብብዎ። ቅድሚ ምስዳድኩም ኩሉ ክትቕይሩ ትኽእሉ።
syn-review-kind = ዓይነት
syn-review-area = ኣገልግሎት
syn-review-topics = ብዛዕባ
syn-review-message = ጽሑፍኩም
syn-review-contact = ርክብ
syn-review-anonymous = ብዘይ ስም፡ መልሲ ኣይትረኽቡን
syn-review-line = { $label }: { $value }
syn-review-edit-kind = ዓይነት ቀይሩ
syn-review-edit-area = ኣገልግሎት ቀይሩ
syn-review-edit-topics = ኣርእስትታት ቀይሩ
syn-review-edit-message = ጽሑፍ ቀይሩ
syn-review-edit-contact = ርክብ ቀይሩ
syn-send = ስደዱ
syn-sending = ይለኣኽ ኣሎ …
syn-receipt-title = ስለ ርእይቶኹም የቐንየልና!
syn-receipt-sorry = ሕማቕ ተመኩሮ ስለ ዘጋጠመኩም ነሕዝን ኢና።
syn-receipt-queued = እዚ ኪዮስክ ሕጂ ምስ ምምሕዳር ከተማ ርክብ የብሉን። ርእይቶኹም ኣብዚ ተዓቂቡ ኣሎ፡ ርክብ ምስ ተመልሰ ድማ ክለኣኽ እዩ።
syn-receipt-next = ማእከል ርክብ ምምሕዳር ከተማ ርእይቶኹም ይምዝግቦ። እቲ ንኣገልግሎት ሓላፍነት ዘለዎ ኮሚተ ድማ ይከታተሎ።
syn-receipt-answer = ብዝደንጎየ ክሳብ { $date } መልሲ፡ ወይ ጉዳይኩም ብኸመይ ከም ዝቕጽል ሓበሬታ፡ ክትረኽቡ ኢኹም።
syn-receipt-no-answer = ሓበሬታ ርክብ ስለ ዘይሃብኩም መልሲ ኣይትረኽቡን። ግን ርእይቶኹም ነንብቦን ንጥቀመሉን ኢና።
syn-receipt-unhappy = ብመልሲ እንተዘይዓጊብኩም፡ ከም ብሓድሽ ክትረኽቡና ትኽእሉ፡ ሓላፊ እቲ ኣገልግሎት ነቲ ጉዳይ ክርእዮ ድማ ክትሓቱ ትኽእሉ። ቁጽሪ መወከሲኹም ንገሩ።
syn-receipt-reference = ቁጽሪ መወከሲኹም፦
syn-receipt-done = ተወዲኡ
syn-list-separator = { "፣ " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = ምንጪ፡ { $source }
crisis-banner-more = ምሉእ መልእኽቲ ንምንባብ ኣብዚ ጠውቑ
crisis-more-messages = ካልኦት መልእኽትታት፡ { $count }
crisis-takeover-title = ኣገዳሲ መልእኽቲ
crisis-ack = ነቲ መልእኽቲ ኣንቢበዮ
crisis-close = ዕጸዉ
crisis-published = ዝተዘርገሐ { $time }
crisis-not-in-language = እዚ መልእኽቲ ብቋንቋኹም የለን። ብመበቆል ቋንቋኡ ይርአ ኣሎ።
crisis-exercise = ልምምድ፡ ሓቂ ኣይኮነን
crisis-test = ፈተና፡ ሓቂ ኣይኮነን
tile-news = ዜናን ፍጻመታትን
tile-news-text = ኣብቲ ከባቢ እንታይ ይካየድ ከም ዘሎ
news-title = ዜናን ፍጻመታትን
news-heading = ዜና
events-heading = ዝመጽኡ ፍጻመታት
news-in-swedish = ብቋንቋኹም ዜና የለን። ብሽወደንኛ ይርአ ኣሎ።
news-none = ሕጂ ዜና የለን።
events-none = ሕጂ ዝመጽእ ፍጻመ የለን።
news-stale = ሓበሬታ ካብ { $source } ናይ መወዳእታ ግዜ ዝተረኽበ { $time } እዩ።
display-now-serving = ሕጂ ዝገልገል ዘሎ
display-ticket = ቁጽሪ
display-counter = ኪዱ ናብ
display-no-one = ሕጂ ዝጽዋዕ የለን።
display-hours-today = ሰዓታት ስራሕ ሎሚ
crisis-listen = ነቲ መልእኽቲ ስምዑ

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = ሰሌዳ ፊደላት ቀይሩ
search-button = ድለዩ
search-title = ድለዩ
search-hint = ሓደ ቃል ጽሓፉ፡ ንኣብነት መዋእለ ህጻናት፡ ፍቓድ ህንጻ ወይ ፓስፖርት።
search-contacts-hint = ስም ወይ ኣርእስቲ ጽሓፉ፡ ንኣብነት Försäkringskassan ወይ ግብሪ።
search-no-results = ዋላ ሓንቲ ኣይተረኽበን። ካልእ ቃል ፈትኑ።
search-kind-form = ቅጥዒ
search-kind-contact = ርክብ

# --- staff mode and out of service (issue 8) ---
out-of-service-title = እዚ ኪዮስክ ሕጂ ዕጹው እዩ
out-of-service-text = በጃኹም ናብ ደስክ ኪዱ። ኣብኡ ክንሕግዘኩም ኢና።
staff-assist-marker = ሰራሕተኛታት ይሕግዙ ኣለዉ
staff-pin-title = ኩነታት ሰራሕተኛታት
staff-pin-hint = ናይ ሰራሕተኛታት PIN ኣእትዉ።
staff-pin-open = ክፈቱ
staff-pin-wrong = ጌጋ PIN። ዝተረፉ ፈተነታት: { $left }
staff-pin-locked = ብዙሕ ጌጋ ፈተነታት። ኩነታት ሰራሕተኛታት ክሳብ ሰዓት { $time } ተዓጽዩ ኣሎ።
staff-pin-not-set = እዚ ኪዮስክ ናይ ሰራሕተኛታት PIN የብሉን። IT ብትእዛዝ hash-pin የእትዎ።
staff-cancel = ሰርዙ
staff-title = ኩነታት ሰራሕተኛታት
staff-auto-leave = ኩነታት ሰራሕተኛታት ን2 ደቓይቕ እንተዘይተተንኪፉ ባዕሉ ይዕጾ።
staff-leave = ካብ ኩነታት ሰራሕተኛታት ውጽኡ
staff-api = ስርዓት ምምሕዳር (ማእከላይ API)
staff-api-none = ምስ ስርዓት ምምሕዳር ርክብ የለን: ቁጽሪ መስርዕን ርእይቶታትን ጠፊኦም ኣለዉ።
staff-last-success = ናይ መወዳእታ ርክብ: { $time }
staff-last-error = ናይ መወዳእታ ጌጋ: { $error }
staff-never = ፈጺሙ
staff-no-error = ጌጋ የለን
staff-error-network = ርክብ መርበብ የለን
staff-error-timeout = ብግዜኡ ኣይምልስን
staff-error-server = ጌጋ ኣብ ሰርቨር
staff-error-rate-limited = ብዙሕ ሕቶታት፡ ሰርቨር ንኪዮስክ ክጽበ ይሓቶ
staff-error-auth = መፍትሕ (token) ኣይሰርሕን
staff-error-rejected = ሰርቨር ነቲ ሓበሬታ ኣይተቐበሎን
staff-error-protocol = ካብ ሰርቨር ዘይተጸበናዮ መልሲ
staff-error-local = ጌጋ ኣብ ኪዮስክ (ኣቀማምጣ ወይ ምዕቃብ)
staff-outbox = ክለኣኹ ዝጽበዩ ርእይቶታት
staff-outbox-pending = ዝጽበዩ: { $count }
staff-outbox-oldest = እቲ ዝዓበየ ን{ $minutes } ደቒቕ ተጸብዩ።
staff-retry-now = ሕጂ ክትልእኹ ፈትኑ
staff-retry-started = ኪዮስክ ሕጂ ክልእኽ ይፍትን ኣሎ።
staff-content = ትሕዝቶ (ኤለክትሮኒካዊ ኣገልግሎታት፡ ቅጥዕታት፡ ርክባት)
staff-content-version = ሕታም: { $version }
staff-content-reload = ትሕዝቶ ደጊምኩም ጽዓኑ
staff-content-reloaded = ትሕዝቶ ተጻዒኑ።
staff-content-kept = ትሕዝቶ ጌጋታት ኣለዎ። ኪዮስክ ገና ነቲ ዝሓለፈ ትሕዝቶ የርኢ ኣሎ።
staff-feeds = ዜናታትን መልእኽትታት ህጹጽ ኩነታትን
staff-feeds-none = ዝተዳለወ ምንጪ ዜና የለን።
staff-speech = ብድምጺ ምንባብ
staff-speech-engine = ሞተር ዘረባ: { $engine }
staff-speech-none = ሞተር ዘረባ የለን። IT ነቲ ጥቕሊል espeak-ng ይጽዕኖ።
staff-headphones = ኩነታት ኤርፎን
staff-headphones-same = ኩነታት ኤርፎን ናይ ገዛእ ርእሱ መውጽኢ የብሉን: ሓደ ዓይነት ድምጺ ማጉሊሒ፡ ትሑት ድምጺ።
staff-on = ክፉት
staff-off = ዕጹው
staff-toggle = { $name }: { $state }
staff-pause = ኪዮስክ ንግዚኡ ኣቋርጹ
staff-resume = ኪዮስክ ደጊምኩም ክፈቱ
staff-assist = ኩነታት ሓገዝ
staff-counts = ሎሚ
staff-counts-tickets = ቁጽሪ መስርዕ
staff-counts-synpunkter = ርእይቶታት
staff-counts-languages = ዝተመርጹ ቋንቋታት
staff-counts-none = ገና ዋላ ሓደ

# Feed errors in the staff panel
staff-feed-error-http = ሰርቨር ብጌጋ መሊሱ
staff-feed-error-too-large = እቲ ፊድ ካብ ደረት ይዓቢ
staff-feed-error-not-a-feed = እቲ ኣድራሻ ፊድ ዘይኮነስ ናይ መርበብ ገጽ ይህብ
staff-feed-error-malformed = እቲ ፊድ ክንበብ ኣይክእልን
staff-error-clock-skew = ሰዓት ኪዮስክ ካብ ሰዓት ሰርቨር ትቕድም ኣላ
staff-api-demo = ናይ ምርኢት ኣገባብ: ኣብ ውሽጢ ኪዮስክ ዘሎ ሰርቨር ይጥቀም ኣሎ። ርእይቶታት ኣብዚ ኪዮስክ ይተርፋ፣ ናይ መልሲ ዕለት ኣይምባጽዕን።
staff-outbox-refused = ሰርቨር ዝነጸጎም: { $count } (ን IT ተዓቂቦም)
staff-outbox-refused-oldest = እቲ ዝነውሐ ቅድሚ { $days } መዓልቲ ተነጺጉ።
staff-outbox-refused-reason = ምኽንያት: { $reason }
staff-refused-field-message = እቲ መልእኽቲ
staff-refused-field-email = ኣድራሻ ኢመይል
staff-refused-field-phone = ቁጽሪ ስልኪ
staff-refused-field-name = ስም
staff-refused-field-other = ሓበሬታ ናይቲ ርእይቶ
staff-refused-fields = ኣይተቐበለን: { $fields }
staff-refused-no-reason = ሰርቨር ምኽንያት ኣይሃበን
staff-refused-it = IT ብዚ ትእዛዝ ይርእዮምን ደጊሙ ይሰዶምን: medborgarkiosk outbox list
staff-clock = ሰዓት
staff-clock-ntp-yes = ሰዓት ተሰማሚዓ ኣላ (NTP)።
staff-clock-ntp-no = ሰዓት ኣይተሰማምዓትን (NTP)። IT ምድላው ግዜ ይፍትሽ።
staff-clock-ntp-unknown = ሰዓት ተሰማሚዓ እንተሃለወት ኣይፍለጥን።
staff-clock-skew = ፍልልይ ምስ ሰዓት ሰርቨር: { $seconds } ካልኢት
staff-clock-skew-unknown = ፍልልይ ምስ ሰዓት ሰርቨር: ገና ኣይተዓቀነን
staff-pin-locked-reset = ብዙሕ ጌጋ ፈተነታት። ኣገባብ ሰራሕተኛታት IT ክሳብ ዳግማይ ዘስተኻኽሎ ተዓጽዩ ኣሎ (ሓድሽ PIN ኣብ ምድላዋት)።

# Wall display polish: counters by name, next opening
display-counter-name = መስኮት { $counter }
display-closed-opens = ሕጂ ዕጹው እዩ። { $day } ሰዓት { $time } ይኽፈት።
display-opens = { $day } ሰዓት { $time } ይኽፈት።
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = ቁጽሪ { $number }፣ መስኮት { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = ዓቐን ጽሑፍ { $step }
focus-button = መጠወቒ
focus-selected = ዝተመረጸ
focus-not-selected = ዘይተመረጸ
focus-key = መፍትሕ
focus-position = { $position } ካብ { $count }
focus-choices = ብዝሒ ምርጫታት: { $count }
keys-help = ኣብዚ ኣለኹም: { $title }። መፍትሕ Tab ወይ መፍትሕ ምልክታት ኣብ መንጎ ምርጫታት የንቀሳቕሱኹም። Enter ይመርጽ። Escape ሓደ ስጉምቲ ንድሕሪት ይመልስ። Home ካብ መጀመርታ ይጅምር። መፍትሕ ደምር ከምኡውን ጎድል ደረጃ ድምጺ ይቕይሩ። F5 እንደገና የንብብ። F1 ነዚ ሓገዝ የንብብ።
text-entered = ዝተጻሕፉ ፊደላት: { $count }
text-char-entered = ፊደል ተጸሒፉ
syn-contact-demo = እዚ ምርኢት እዩ: ርእይቶታት ናብ ምምሕዳር ኣይለኣኹን፣ ዝምልስ ድማ የለን።
focus-text-field = ቦታ ጽሑፍ

## ዲጂታላዊ መሳርሒታት ኣብ ቤት ጽሕፈት (issue 23)
tile-tools = ዲጂታላዊ መሳርሒታት
tile-tools-text = ኮምፒዩተራት፡ ምሕታም፡ ዋይፋይን ንምጅማር ሓገዝን
tools-title = ኣብዚ ዘለዉ ዲጂታላዊ መሳርሒታት
tools-intro = እዚኣቶም ኣብዚ ቤት ጽሕፈት ንዓኹም ተዳልዮም ኣለዉ። ሰራሕተኛታት ከመይ ከም እትጥቀምሉ የርእዩኹም።
tools-skills = ዲጂታላዊ ክእለታት ተማሃሩ
tools-skills-text = ኢመይል፡ BankID፡ ዲጂታላዊ ሳጹን ፖስታን ካብ ምትላል ምክልኻልን
tools-drop-in = Drop-in፡ ብዘይ ቆጸራ ዲጂታላዊ ሓገዝ
tools-drop-in-day = { $weekday }፡ { $hours }
tools-wifi-network = ስም መርበብ
tools-wifi-hidden = እቲ መርበብ ኣብ ዝርዝር ኣይርአን። ነቲ ኮድ ስካን ግበሩ፡ ወይ ነቲ ስም ባዕልኹም ጽሓፉ።
tools-wifi-open = እቲ መርበብ ክፉት እዩ። ቃል ምስጢር ኣየድልየኩምን።
tools-wifi-password = ቃል ምስጢር
tools-wifi-show-password = ቃል ምስጢር ኣርእዩ
tools-wifi-hide-password = ቃል ምስጢር ሕብኡ
tools-wifi-password-not-read = ቃል ምስጢር ኣብ ስክሪን ይርአ። ብመጉልሒ ድምጺ ኣይንበብን።
tools-wifi-qr = ብተሌፎንኩም ተራኸቡ
tools-wifi-scan = ካሜራ ተሌፎንኩም ናብቲ ኮድ ኣቕንዑ። ሽዑ ተሌፎንኩም ምስቲ መርበብ ይራኸብ።
search-kind-tool = ኣብዚ ቤት ጽሕፈት
guide-related = ከምኡውን ኣንብቡ
ticket-topic = ሓገዝ ብዛዕባ፡ { $topic }

## መስርዕ ኣብ ቤት ጽሕፈት፡ ገጽ መስኮትን መስርዕ ኣብ ተሌፎንን (issue 21)
counter-page-title = መስኮት – መስርዕ
counter-sign-in-title = ኣብ መስኮት እተዉ
counter-sign-in-text = መፍትሕ መስኮት ጽሓፉ። ካብቲ ነቲ ስርዓት ዘመሓድር ሰብ ክትረኽብዎ ኢኹም።
counter-token-label = መፍትሕ መስኮት
counter-sign-in = እተዉ
counter-sign-in-failed = እዚ መፍትሕ ንዝኾነ መስኮት ኣይሰርሕን። እንደገና ፈትኑ።
counter-sign-in-locked = ብዙሕ ፈተነታት። ሓንቲ ደቒቕ ተጸቢኹም እንደገና ፈትኑ።
counter-sign-out = ውጽኡ
counter-heading = መስኮት { $counter } – { $office }
counter-other-language = English
counter-current = ሕጂ ምሳኹም ዘሎ
counter-none-current = ሕጂ ዝተጸውዐ የለን።
counter-call-next = ዝቕጽል ጸውዑ
counter-call-again = እንደገና ጸውዑ
counter-done = ተወዲኡ
counter-no-show = ኣይመጸን
counter-transfer = ናብ ካልእ ኣገልግሎት ስደዱ
counter-transfer-to = ኣገልግሎት
counter-transfer-button = ስደዱ
counter-services = እዚ መስኮት ዝህቦም ኣገልግሎታት
counter-services-save = ዓቅቡ
counter-waiting = ዝጽበዩ: { $service }
counter-nobody-waiting = ዝጽበ የለን።
counter-col-number = ቁጽሪ
counter-col-waited = ዝተጸበዮ ግዜ
counter-col-language = ቋንቋ
counter-col-needs = ድሌታት
counter-col-topic = ጉዳይ
counter-minutes = { $minutes } ደቒቕ
counter-interpreter = ተርጓሚ: { $language }
counter-called-at = ሰዓት { $time } ተጸዊዑ
counter-issued-at = ሰዓት { $time } ቁጽሪ ወሲዱ
counter-nobody-to-call = ንኣገልግሎታት እዚ መስኮት ዝጽበ የለን።
counter-choose-services = እዚ መስኮት ዝህቦ እንተወሓደ ሓደ ኣገልግሎት ምረጹ።
counter-stale = እቲ ገጽ ኣረጊቑ ነይሩ፡ ዝተገብረ ነገር የለን። እዚ ሕጂ ዘሎ ኩነታት እዩ።
counter-skip = ናብ መስርዕ ሕለፉ
follow-page-title = ቁጽሪ መስርዕኹም
follow-number = ቁጽሪኹም
follow-ahead = { $count ->
    [0] ዝቕጽል ተራ ናትኩም እዩ።
    [one] ቅድሜኹም { $count } ሰብ ኣሎ።
   *[other] ቅድሜኹም { $count } ሰባት ኣለዉ።
}
follow-your-turn = ተራኹም በጺሑ ኣሎ
follow-go-to = ናብ መስኮት { $counter } ኪዱ
follow-finished = ምብጻሕኩም ተዛዚሙ። የቐንየልና!
follow-no-show = ቁጽሪኹም ተጸዊዑ ነይሩ፡ ግን ኣይመጻእኩምን። እንተ ኣድልዩኹም ሓድሽ ቁጽሪ መስርዕ ውሰዱ።
follow-refresh = እዚ ገጽ ባዕሉ ይሕደስ።
follow-gone-title = እዚ ቁጽሪ መስርዕ ድሕሪ ሕጂ ኣይሰርሕን
follow-gone-text = እቲ ሊንክ ኣረጊቑ ወይ ጌጋ እዩ። ኣብ ቤት ጽሕፈት ካብ ዘሎ ስክሪን ሓድሽ ቁጽሪ መስርዕ ውሰዱ።

## The statistics report (issue 22), read by the organisation
report-title = ስታቲስቲክስ: { $office }
report-period = ግዜ: { $from } – { $to }
report-generated = ብ{ $time } ካብ ስም ዘይብሎም ቍጽርታት ኪዮስክታት፡ ናይ መስርዕ ትኬታትን ርእይቶታትን ተዳልዩ።
report-small-numbers = ካብ 3 ዝንእሱ ቍጽርታት ሓደ እኳ ከይልለ ከም “< 3” ይርኣዩ። ሚእታውትን ማእከላይ ዋጋን ዝርኣዩ እቲ መሰረት እንተ ወሓደ 3 ምስ ዝኸውን ጥራይ እዩ።
report-visits = ምብጻሓት ብመዓልቲ ሰሙንን ሰዓትን
report-visits-note = ኣብ ስክሪን ዝጀመሩ ምብጻሓት፡ ግዜ ሽወደን። ዝጸልመተ ሳጹን፡ ዝበዝሑ ምብጻሓት።
report-hour = ሰዓት
report-day-mon = ሰኑ
report-day-tue = ሰሉ
report-day-wed = ረቡ
report-day-thu = ሓሙ
report-day-fri = ዓርቢ
report-day-sat = ቀዳ
report-day-sun = ሰን
report-languages = ቋንቋታት
report-entries = በጻሕቲ ቀዳምነት ዝመረጽዎ
report-count = ብዝሒ
report-waits = ግዜ ምጽባይ ብኣገልግሎት
report-wait-axis = ግዜ ምጽባይ ብደቓይቕ
report-service-tickets = ትኬታት: { $tickets }። ዝተጸውዑ: { $called }። ዘይመጹ: { $noshows }።
report-median-wait = ማእከላይ ግዜ ምጽባይ
report-median-handling = ማእከላይ ግዜ ኣብ መዕጠቒ
report-within-target = ኣብ ውሽጢ ዕላማ ዝተጸውዑ ({ $target } ደቒቕ)
report-minutes = { $minutes } ደቒቕ
report-percent = { $percent } %
report-hidden = ኣይርአን (ካብ 3 ዝውሕድ)
report-guides = እቶም ዝበዝሐ ዝተጠቕመሎም ዓሰርተ መምርሒታት
report-guides-help = በጻሕቲ ካብ ሰራሕተኛታት ሓገዝ ዝሓተትሉ መምርሒታት
report-flows = በጻሕቲ ኣበይ ከም ዘቋርጹ
report-flow = { $flow }: { $started } ተጀሚሩ፡ { $completed } ተዛዚሙ
report-left-axis = ኣብዚ ስጉምቲ ገዲፉ
report-searches = ምድላያት: { $made }። ውጽኢት ዘይብሉ: { $empty }።
report-synpunkter = ርእይቶታት ብዓውድን ዓይነትን
report-promise = ተስፋ: ኣብ ውሽጢ ክልተ መዓልቲ ስራሕ መልሲ ወይ ግብረ-መልሲ
report-promise-note = ኣብቲ ግዜ ዝመጹ ሓበሬታ ርክብ ዘለዎም ርእይቶታት፡ ክንደይ ድማ ክሳብ መዓልቲ መልሲ መልሲ ወይ ግብረ-መልሲ ከም ዝረኸቡ።
report-percent-axis = ብግዜኡ ዝተዋህበ ሚእታዊ (%)
report-col-area = ዓውዲ
report-col-with-contact = ምስ ሓበሬታ ርክብ
report-col-kept = ብግዜኡ
report-col-percent = ብግዜኡ ሚእታዊ
report-col-name = እንታይ
report-other = ካልኦት: ተበጻሕነት፡ ግዜ ምውዳእ፡ ሓበሬታ ቅልውላው
report-nothing = ኣብዚ ግዜ ዋላ ሓደ የለን።
