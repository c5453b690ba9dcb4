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

## Är du kvar?
idle-title = Är du kvar?
idle-countdown = { $seconds ->
    [one] Om { $seconds } sekund börjar skärmen om och allt du har valt och skrivit raderas.
   *[other] Om { $seconds } sekunder börjar skärmen om och allt du har valt och skrivit raderas.
}
idle-yes = Ja, jag är kvar

## Printed ticket
print-your-number = Ditt nummer
print-position = Din plats i kön: { $position }
print-wait = Beräknad väntetid: cirka { $minutes } min
print-called = Vänta tills ditt nummer visas på skärmen.
print-follow = Följ kön i mobilen
print-issued = Utskriven { $time }
print-sample-service = Allmän vägledning
