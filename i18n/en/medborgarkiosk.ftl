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
