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

## ገና ኣለኹም ዶ?
idle-title = ገና ኣለኹም ዶ?
idle-countdown = { $seconds ->
    [one] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ፡ ዝመረጽኩምዎን ዝጸሓፍኩምዎን ኩሉ ድማ ክድምሰስ እዩ።
   *[other] ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ፡ ዝመረጽኩምዎን ዝጸሓፍኩምዎን ኩሉ ድማ ክድምሰስ እዩ።
}
idle-yes = እወ፡ ኣለኹ

## Printed ticket
print-your-number = ቁጽርኹም
print-position = ቦታኹም ኣብ መስርዕ: { $position }
print-wait = ግምታዊ ግዜ ምጽባይ: ኣስታት { $minutes } ደቒቕ
print-called = በጃኹም ቁጽርኹም ኣብ ስክሪን ክሳዕ ዝርአ ተጸበዩ።
print-follow = ነቲ መስርዕ ብሞባይልኩም ተኸታተሉ
print-issued = ዝተዋህበሉ ግዜ: { $time }
print-sample-service = ሓፈሻዊ መምርሒ
