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
