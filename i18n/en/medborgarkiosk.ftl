language-name = English

## Start
welcome = Welcome
start-touch-language = Touch your language to begin
start-open-today = Open today { $hours }
start-closed-today = Closed today

## Home
home-title = What do you want to do?
home-desk-hint = You can always ask the staff at the reception desk.

## Opening hours
tile-hours = Opening hours
tile-hours-text = When we are open in the next seven days
hours-title = Opening hours
hours-closed = Closed
hours-changed = Changed opening hours
hours-today-date = Today, { $date }
hours-day-line = { $day }: { $hours }

## Queue ticket
tile-queue = Queue ticket
tile-queue-text = Get a queue ticket and see how long you will wait
queue-title = Queue ticket
queue-loading = Getting the queues …
queue-choose = Choose what your visit is about.
queue-group-desk = Help at the reception desk
queue-group-specialist = Handled by specialists
queue-people-waiting = { $count ->
    [one] { $count } person waiting
   *[other] { $count } people waiting
}
queue-wait-none = No waiting time
queue-wait-under-five = Less than 5 minutes' wait
queue-wait-about = About { $minutes } minutes' wait
queue-closed = Closed right now
queue-closed-opens-today = Closed. Opens today at { $time }
queue-closed-opens-on = Closed. Opens { $weekday } at { $time }
queue-specialist-text = This matter is handled by a specialist, not at the reception desk. The specialist makes the decision.
queue-specialist-desk = The staff at the reception desk can help you get started: what you need, the right form, or booking a time.
queue-specialist-take-ticket = Get a ticket for the reception desk
queue-needs-title = Do you need anything special?
queue-needs-help-with = You will get help to start: { $errand }
queue-needs-optional = You can skip this.
queue-interpreter-question = Do you need an interpreter?
queue-interpreter-none = No interpreter
queue-interpreter-want = Yes, I need an interpreter
queue-interpreter-which = An interpreter for which language?
queue-accessibility-question = Do you need other help?
queue-need-wheelchair = I use a wheelchair
queue-need-hearing-loop = Hearing loop
queue-need-low-vision = I do not see well
queue-need-quiet = A quiet room
queue-need-other = Other
queue-get-ticket = Get ticket
queue-issuing = Getting your number …
queue-your-number = Your number
queue-position = Place in the queue: { $position }
queue-where-to-wait = Please sit in the waiting area. Your number is shown on the screens and called when it is your turn.
queue-follow-on-phone = Follow the queue on your phone: scan the code.
queue-printing = Printing your ticket …
queue-printed = Take your ticket from the printer.
queue-print-failed = The ticket could not be printed. Remember your number.
queue-done = Done
queue-unreachable-title = The queue cannot be reached right now
queue-unreachable-text = You cannot get a queue ticket here right now. Go to the reception desk and the staff will help you.
queue-refused-title = Could not get a queue ticket
queue-refused-text = The queue system did not accept the request. Go to the reception desk and the staff will help you.
queue-retry = Try again

## Dates
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $weekday } { $day } { $month }

## The bar on every screen
bar-language = Language
bar-text-size = Text size
bar-contrast = High contrast
bar-start-over = Start over
bar-back = Back
text-size-sample = A
language-picker-title = Choose your language
bar-listen = Listen
bar-listen-stop = Stop reading
speech-repeat = Read again
speech-louder = Louder
speech-quieter = Quieter

## Are you still there?
idle-title = Are you still there?
idle-countdown = { $seconds ->
    [one] In { $seconds } second the screen starts over and everything you chose and typed is deleted.
   *[other] In { $seconds } seconds the screen starts over and everything you chose and typed is deleted.
}
idle-yes = Yes, I am here

## Something else? (the end of a visit)
finish-title = Do you want to do something else?
finish-ends = { $seconds ->
    [one] If not, the screen starts over for the next visitor in { $seconds } second.
   *[other] If not, the screen starts over for the next visitor in { $seconds } seconds.
}
finish-more = Yes, something else
finish-done = No, I am done
more-below = More below

## E-services, forms and contacts
tile-guides = E-services and forms
tile-guides-text = Step by step: apply online or on paper
tile-contacts = Contacts
tile-contacts-text = Phone, address and opening hours of the municipality and agencies
guides-title = E-services and forms
guides-choose-category = Choose a subject.
guides-choose-guide = Choose what you want to do.
guides-in-swedish = This text is not in your language yet. It is shown in Swedish.
guide-provider = Provided by: { $provider }
guide-who = Who can apply?
guide-need = What you need
guide-steps = How to do it
guide-time = How long it takes
guide-help = Where to get personal help
guide-continue-on-phone = Continue on your phone
guide-scan-text = Point your phone's camera at the code. The e-service opens.
guide-help-from-staff = I want help from staff
forms-title = Paper forms
forms-tile-text = Forms you can get at the reception desk
forms-intro = Ask at the reception desk for these forms.
forms-hand-in = Where to hand it in:
contacts-title = Contacts
contacts-choose = Choose who you want to contact.
contact-phone = Phone
contact-email = E-mail
contact-address = Address
contact-web = Website
contact-hours = Opening hours
contact-call-on-phone = Call from your phone
contact-scan-text = Point your phone's camera at the code. Then you can call right away.
provider-municipality = Botkyrka municipality
provider-forsakringskassan = Försäkringskassan (Social Insurance Agency)
provider-csn = CSN (student finance)
provider-migrationsverket = Migrationsverket (Migration Agency)
provider-skatteverket = Skatteverket (Tax Agency)
provider-arbetsformedlingen = Arbetsförmedlingen (Employment Service)
provider-a-kassa = A-kassa (unemployment fund)
provider-konsumentverket = Konsumentverket (Consumer Agency)
provider-region = Region Stockholm (health care)
provider-bank = Your bank
provider-polisen = Polisen (the police)
provider-pensionsmyndigheten = Pensionsmyndigheten (Pensions Agency)
provider-transportstyrelsen = Transportstyrelsen (Transport Agency)
provider-other = Another organisation
need-bankid = BankID
need-personnummer = Personal identity number
need-id-document = ID document
need-documents = Papers and certificates
need-email = E-mail address
need-photo = Photo
need-fee = Fee

## Speech
speech-digit-entered = Digit entered
speech-key-space = Space
speech-key-backspace = Delete
speech-not-available = Speech is not available in this language.
speech-offer = You can listen in one of these languages:
speech-time-range = { $opens } to { $closes }

## Printed ticket
print-your-number = Your number
print-position = Your place in the queue: { $position }
print-wait = Estimated wait: about { $minutes } min
print-called = Please wait until your number is shown on the screen.
print-follow = Follow the queue on your phone
print-issued = Issued { $time }
print-sample-service = General guidance
## Synpunkt (feedback)
tile-synpunkt = Give feedback
tile-synpunkt-text = A complaint, praise or a suggestion about the municipality's services
syn-intro-title = Give feedback
syn-intro-what = Feedback (a "synpunkt") is a complaint, praise or a suggestion about the municipality's services. It can be about how you were treated, how long something took, accessibility or knowledge.
syn-intro-use = We read all feedback and use it to get better.
syn-intro-continue = Yes, I want to give feedback
syn-not-title = This is not feedback. Touch one to see where to go instead:
syn-route-fault-title = Report a fault
syn-route-fault-text = Something is broken or dangerous, for example a street light, a hole in the road or graffiti.
    Report the fault so that the right people can fix it.
syn-route-proposal-title = A proposal to the politicians
syn-route-proposal-text = You want the politicians to decide on something new in the municipality. That is not feedback.
    The municipality's page “Så kan du påverka” (how you can have a say) tells you how to give a proposal to the politicians. If your idea is about the municipality's services, it is feedback: choose Suggestion.
syn-route-damage-title = Compensation for damage
syn-route-damage-text = You want compensation for damage that you think the municipality is responsible for.
    Apply for compensation. Keep receipts and take photos of the damage.
syn-route-appeal-title = Appeal a decision
syn-route-appeal-text = You think a decision from the municipality is wrong.
    Appealing a decision is not the same as giving feedback. Appeals have their own rules and deadlines, often three weeks from the day you received the decision. The decision says how to do it.
syn-route-scan = Scan the code with your phone camera, or go to:
syn-route-back = Back to feedback
syn-kind-title = What do you want to give?
syn-kind-complaint = Complaint
syn-kind-complaint-text = Something did not work as it should
syn-kind-praise = Praise
syn-kind-praise-text = Something worked well
syn-kind-suggestion = Suggestion
syn-kind-suggestion-text = An idea for how something can be better
syn-area-title = Which service is it about?
syn-area-school = School and preschool
syn-area-social = Social services and care
syn-area-building = Building and housing
syn-area-streets = Streets and parks
syn-area-culture = Culture and leisure
syn-area-center = The citizen center
syn-area-other = Other
syn-topics-title = What is it about?
syn-topics-hint = Choose one or more.
syn-topic-treatment = How I was treated
syn-topic-handling-time = Handling time
syn-topic-accessibility = Accessibility
syn-topic-competence = Knowledge and competence
syn-topic-other = Other
syn-selected = Chosen: { $choice }
syn-next = Next
syn-error-no-topic = Choose at least one.
syn-message-title = Write your feedback
syn-message-hint = Tell us what happened, where and when.
syn-error-message-empty = Write something before you go on.
syn-error-message-too-long = The text is too long. You can write at most 4000 characters.
syn-error-message-control = The text contains a character that cannot be sent.
kb-chars-left = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
}
kb-shift = Capital
kb-backspace = Delete
kb-space = Space
kb-clear = Clear
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = Do you want an answer?
syn-contact-with-title = With contact details
syn-contact-answer = If you give an e-mail address or a phone number, you get an answer, or a message about how we will go on, by { $date } at the latest.
syn-contact-answer-soon = If you give an e-mail address or a phone number, you get an answer, or a message about how we will go on, within two working days.
syn-contact-anonymous-title = Anonymous
syn-contact-anonymous = Without contact details you get no answer. We still read and use your feedback.
syn-contact-public-title = Public document
syn-contact-public = Feedback becomes a public document. This means that others can ask to read it, including your name and contact details if you give them. Do not write sensitive information, for example about health.
syn-contact-with = I want an answer
syn-contact-anonymous-button = Send anonymously
syn-details-title = Your contact details
syn-details-hint = Write an e-mail address or a phone number, or both. You can write your name if you want.
syn-field-name = Name
syn-field-email = E-mail
syn-field-phone = Phone
syn-field-name-hint = Your name (if you want).
syn-field-email-hint = For example name@example.com
syn-field-phone-hint = For example 070-123 45 67, or + and the country code
syn-field-empty = Not filled in
syn-field-write = Write { $field }
syn-field-done = Done
syn-error-name = The name is too long.
syn-error-email-at = An e-mail address must have an @, for example name@example.com
syn-error-email-domain = Check the part after the @, for example example.com
syn-error-email-character = The e-mail address has a space or a character that is not allowed.
syn-error-email-too-long = The e-mail address is too long.
syn-error-phone-too-short = The phone number has too few digits.
syn-error-phone-too-long = The phone number has too many digits.
syn-error-phone-character = Use only digits, spaces and + at the start.
syn-error-phone-prefix = Start with 0 (for example 070) or with + and the country code.
syn-error-no-contact = Write an e-mail address or a phone number so that we can answer you. Or go back and choose to send anonymously.
syn-review-title = Is everything right?
syn-review-hint = Read it through. You can change everything before you send.
syn-review-kind = Type
syn-review-area = Service
syn-review-topics = About
syn-review-message = Your text
syn-review-contact = Contact
syn-review-anonymous = Anonymous, you get no answer
syn-review-line = { $label }: { $value }
syn-review-edit-kind = Change type
syn-review-edit-area = Change service
syn-review-edit-topics = Change topics
syn-review-edit-message = Change the text
syn-review-edit-contact = Change contact
syn-send = Send
syn-sending = Sending …
syn-receipt-title = Thank you for your feedback!
syn-receipt-sorry = We are sorry that you had a bad experience.
syn-receipt-queued = The kiosk cannot reach the municipality right now. Your feedback is saved here and is sent as soon as the connection is back.
syn-receipt-next = The municipality's contact center registers your feedback. The committee responsible for the service follows it up.
syn-receipt-answer = You get an answer, or a message about how we will go on, by { $date } at the latest.
syn-receipt-no-answer = You did not give contact details, so you get no answer. We still read and use your feedback.
syn-receipt-unhappy = If you are not happy with the answer, you can contact us again and ask for the manager of the service to look at it. Give your reference.
syn-receipt-reference = Your reference:
syn-receipt-done = Done
syn-list-separator = { ", " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = Source: { $source }
crisis-banner-more = Touch here to read the whole message
crisis-more-messages = more messages: { $count }
crisis-takeover-title = Important message
crisis-ack = I have read the message
crisis-close = Close
crisis-published = Published { $time }
crisis-not-in-language = This message is not available in your language. It is shown in its original language.
crisis-exercise = Exercise, not real
crisis-test = Test, not real
tile-news = News and events
tile-news-text = What is happening in the area
news-title = News and events
news-heading = News
events-heading = Coming events
news-in-swedish = There is no news in your language. It is shown in Swedish.
news-none = No news right now.
events-none = No coming events right now.
news-stale = The information from { $source } was last fetched { $time }.
display-now-serving = Now serving
display-ticket = Number
display-counter = Go to
display-no-one = No one is being called right now.
display-hours-today = Opening hours today
crisis-listen = Listen to the message

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = Change keyboard
search-button = Search
search-title = Search
search-hint = Type a word, for example preschool, building permit or passport.
search-contacts-hint = Type a name or a subject, for example Försäkringskassan or tax.
search-no-results = Nothing found. Try another word.
search-kind-form = Form
search-kind-contact = Contact

# --- staff mode and out of service (issue 8) ---
out-of-service-title = This kiosk is closed right now
out-of-service-text = Please go to the desk. We will help you there.
staff-assist-marker = Staff are helping
staff-pin-title = Staff mode
staff-pin-hint = Enter the staff PIN.
staff-pin-open = Open
staff-pin-wrong = Wrong PIN. Tries left: { $left }
staff-pin-locked = Too many wrong tries. Staff mode is locked until { $time }.
staff-pin-not-set = This kiosk has no staff PIN. IT adds one with the hash-pin command.
staff-cancel = Cancel
staff-title = Staff mode
staff-auto-leave = Staff mode closes by itself after 2 minutes without a touch.
staff-leave = Leave staff mode
staff-api = The municipality's system (central API)
staff-api-none = No contact with the municipality's system: queue tickets and feedback are off.
staff-last-success = Last contact: { $time }
staff-last-error = Last error: { $error }
staff-never = never
staff-no-error = no errors
staff-error-network = no network connection
staff-error-timeout = does not answer in time
staff-error-server = error on the server
staff-error-rate-limited = too many requests, the server asks the kiosk to wait
staff-error-auth = the key (token) does not work
staff-error-rejected = the server did not accept the data
staff-error-protocol = unexpected answer from the server
staff-error-local = error in the kiosk (settings or storage)
staff-outbox = Feedback waiting to be sent
staff-outbox-pending = Waiting: { $count }
staff-outbox-oldest = The oldest has waited { $minutes } min.
staff-retry-now = Try sending now
staff-retry-started = The kiosk is trying to send now.
staff-content = Content (e-services, forms, contacts)
staff-content-version = Version: { $version }
staff-content-reload = Reload content
staff-content-reloaded = The content is loaded.
staff-content-kept = The content has errors. The kiosk still shows the previous content.
staff-feeds = News and crisis messages
staff-feeds-none = No feeds are set up.
staff-speech = Reading aloud
staff-speech-engine = Speech engine: { $engine }
staff-speech-none = No speech engine. IT installs the package espeak-ng.
staff-headphones = Headphone mode
staff-headphones-same = Headphone mode has no output of its own: same speaker, lower volume.
staff-on = on
staff-off = off
staff-toggle = { $name }: { $state }
staff-pause = Pause the kiosk
staff-resume = Open the kiosk again
staff-assist = Assist mode
staff-counts = Today
staff-counts-tickets = Queue tickets
staff-counts-synpunkter = Feedback
staff-counts-languages = Languages chosen
staff-counts-none = nothing yet

# Feed errors in the staff panel
staff-feed-error-http = the server answered with an error
staff-feed-error-too-large = the feed is larger than the limit
staff-feed-error-not-a-feed = the address gives a web page, not a feed
staff-feed-error-malformed = the feed cannot be read
staff-error-clock-skew = the kiosk's clock is ahead of the server's
staff-api-demo = Demo mode: the kiosk's built-in server is used. Synpunkter stay on this kiosk and no answer date is promised.
staff-outbox-refused = Refused by the server: { $count } (kept for IT)
staff-outbox-refused-oldest = The oldest was refused { $days } days ago.
staff-outbox-refused-reason = Reason: { $reason }
staff-refused-field-message = the message
staff-refused-field-email = the e-mail address
staff-refused-field-phone = the phone number
staff-refused-field-name = the name
staff-refused-field-other = a detail of the synpunkt
staff-refused-fields = { $fields } not accepted
staff-refused-no-reason = the server gave no reason
staff-refused-it = IT sees and resends them with the command: medborgarkiosk outbox list
staff-clock = Clock
staff-clock-ntp-yes = The clock is synchronised (NTP).
staff-clock-ntp-no = The clock is not synchronised (NTP). IT checks the time settings.
staff-clock-ntp-unknown = Unknown whether the clock is synchronised.
staff-clock-skew = Difference from the server's clock: { $seconds } s
staff-clock-skew-unknown = Difference from the server's clock: not measured yet
staff-pin-locked-reset = Too many wrong attempts. Staff mode is locked until IT resets it (a new PIN in the settings).

# Wall display polish: counters by name, next opening
display-counter-name = Desk { $counter }
display-closed-opens = Closed now. Opens { $day } at { $time }.
display-opens = Opens { $day } at { $time }.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = Number { $number }, desk { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = Text size { $step }
focus-button = button
focus-selected = selected
focus-not-selected = not selected
focus-key = key
focus-position = { $position } of { $count }
focus-choices = Number of choices: { $count }
keys-help = You are here: { $title }. Tab or the arrow keys move between the choices. Enter chooses. Escape goes back. Home starts over. Plus and minus change the volume. F5 reads again. F1 reads this help.
text-entered = Characters entered: { $count }
text-char-entered = Character entered
syn-contact-demo = This is a demonstration: feedback is not sent to the municipality, and nobody will answer.
focus-text-field = text field

## Digital tools in the office (issue 23)
tile-tools = Digital tools
tile-tools-text = Computers, printing, Wi-Fi and help to get started
tools-title = Digital tools here
tools-intro = You can use these here at the office. The staff show you how.
tools-skills = Learn the digital basics
tools-skills-text = E-mail, BankID, a digital mailbox and how not to be cheated
tools-drop-in = Drop-in: digital help without booking
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = Network name
tools-wifi-hidden = The network is not shown in the list. Scan the code, or type the name yourself.
tools-wifi-open = The network is open. You do not need a password.
tools-wifi-password = Password
tools-wifi-show-password = Show the password
tools-wifi-hide-password = Hide the password
tools-wifi-password-not-read = The password is shown on the screen. It is not read aloud on the loudspeaker.
tools-wifi-qr = Join with your phone
tools-wifi-scan = Point your phone's camera at the code. Your phone then joins the network.
search-kind-tool = Here at the office
guide-related = See also
ticket-topic = Help with: { $topic }

## The queue at the office: the counter page and the queue on the phone (issue 21)
counter-page-title = Desk – the queue
counter-sign-in-title = Sign in at the desk
counter-sign-in-text = Enter the desk's key. You get it from whoever runs the system.
counter-token-label = The desk's key
counter-sign-in = Sign in
counter-sign-in-failed = The key is not valid for a desk. Try again.
counter-sign-in-locked = Too many attempts. Wait a minute and try again.
counter-sign-out = Sign out
counter-heading = Desk { $counter } – { $office }
counter-other-language = Svenska
counter-current = With you now
counter-none-current = Nobody called just now.
counter-call-next = Call next
counter-call-again = Call again
counter-done = Done
counter-no-show = Did not come
counter-transfer = Send to another service
counter-transfer-to = Service
counter-transfer-button = Send
counter-services = Services this desk takes
counter-services-save = Save
counter-waiting = Waiting: { $service }
counter-nobody-waiting = Nobody is waiting.
counter-col-number = Number
counter-col-waited = Waited
counter-col-language = Language
counter-col-needs = Needs
counter-col-topic = About
counter-minutes = { $minutes } min
counter-interpreter = Interpreter: { $language }
counter-called-at = Called { $time }
counter-issued-at = Took a ticket { $time }
counter-nobody-to-call = Nobody is waiting for this desk's services.
counter-choose-services = Choose at least one service for this desk.
counter-stale = The page was out of date: nothing was done. Here is how things are now.
counter-skip = Skip to the queue
follow-page-title = Your queue ticket
follow-number = Your number
follow-ahead = { $count ->
    [0] You are next.
    [one] { $count } person before you.
   *[other] { $count } people before you.
}
follow-your-turn = It's your turn
follow-go-to = Go to desk { $counter }
follow-finished = Your visit is finished. Thank you!
follow-no-show = Your number was called, but you did not come. Take a new ticket if you need to.
follow-refresh = This page updates by itself.
follow-gone-title = This queue ticket is no longer valid
follow-gone-text = The link is old or wrong. Take a new ticket at the screen in the office.

## The statistics report (issue 22), read by the organisation
report-title = Statistics: { $office }
report-period = Period: { $from } – { $to }
report-generated = Made { $time } from the kiosks' anonymous counts, the queue tickets and the feedback.
report-small-numbers = Numbers below 3 are shown as “< 3” so that nobody can be recognised. Shares and medians are shown only when based on at least 3.
report-visits = Visits by weekday and hour
report-visits-note = Visits started at the screen, Swedish time. Darker square: more visits.
report-hour = Hour
report-day-mon = Mon
report-day-tue = Tue
report-day-wed = Wed
report-day-thu = Thu
report-day-fri = Fri
report-day-sat = Sat
report-day-sun = Sun
report-languages = Languages
report-entries = What visitors chose first
report-count = Number
report-waits = Waiting times by service
report-wait-axis = Waiting time in minutes
report-service-tickets = Tickets: { $tickets }. Called: { $called }. Did not come: { $noshows }.
report-median-wait = Median wait
report-median-handling = Median time at the counter
report-within-target = Called within the target ({ $target } min)
report-minutes = { $minutes } min
report-percent = { $percent } %
report-hidden = not shown (fewer than 3)
report-guides = The ten most used guides
report-guides-help = Guides where visitors asked staff for help
report-flows = Where visitors give up
report-flow = { $flow }: { $started } started, { $completed } completed
report-left-axis = Left at the step
report-searches = Searches: { $made }. Without result: { $empty }.
report-synpunkter = Feedback by area and kind
report-promise = The promise: an answer or feedback within two working days
report-promise-note = Feedback with contact details received in the period, and how many got an answer or feedback by the answer-by date.
report-percent-axis = Share on time (%)
report-col-area = Area
report-col-with-contact = With contact details
report-col-kept = On time
report-col-percent = Share on time
report-col-name = What
report-other = Other: accessibility, time-outs, crisis information
report-nothing = Nothing in the period.
