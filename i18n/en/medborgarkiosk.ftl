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

## Are you still there?
idle-title = Are you still there?
idle-countdown = { $seconds ->
    [one] In { $seconds } second the screen starts over and everything you chose and typed is deleted.
   *[other] In { $seconds } seconds the screen starts over and everything you chose and typed is deleted.
}
idle-yes = Yes, I am here

## Printed ticket
print-your-number = Your number
print-position = Your place in the queue: { $position }
print-wait = Estimated wait: about { $minutes } min
print-called = Please wait until your number is shown on the screen.
print-follow = Follow the queue on your phone
print-issued = Issued { $time }
print-sample-service = General guidance
