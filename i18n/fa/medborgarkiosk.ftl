language-name = فارسی

## شروع
welcome = خوش آمدید
start-touch-language = برای شروع، زبان خود را لمس کنید
start-open-today = امروز باز است { $hours }
start-closed-today = امروز بسته است

## صفحهٔ اصلی
home-title = چه کاری می‌خواهید انجام دهید؟
home-desk-hint = همیشه می‌توانید از کارکنان پذیرش بپرسید.

## ساعات کار
tile-hours = ساعات کار
tile-hours-text = ساعات باز بودن ما در هفت روز آینده
hours-title = ساعات کار
hours-closed = بسته
hours-changed = ساعات کار تغییر کرده است
hours-today-date = امروز، { $date }
hours-day-line = { $day }: { $hours }

## تاریخ‌ها
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
date-long = { $weekday } { $day } { $month }

## نوار هر صفحه
bar-language = زبان
bar-text-size = اندازهٔ متن
bar-contrast = کنتراست بالا
bar-start-over = شروع دوباره
bar-back = بازگشت
text-size-sample = ا
language-picker-title = زبان خود را انتخاب کنید

## هنوز اینجا هستید؟
idle-title = هنوز اینجا هستید؟
idle-countdown = { $seconds ->
    [one] تا { $seconds } ثانیهٔ دیگر صفحه از نو شروع می‌شود و هر چه انتخاب کرده و نوشته‌اید پاک می‌شود.
   *[other] تا { $seconds } ثانیهٔ دیگر صفحه از نو شروع می‌شود و هر چه انتخاب کرده و نوشته‌اید پاک می‌شود.
}
idle-yes = بله، اینجا هستم

## Printed ticket
print-your-number = شماره شما
print-position = جای شما در صف: { $position }
print-wait = زمان انتظار تخمینی: حدود { $minutes } دقیقه
print-called = لطفاً صبر کنید تا شماره شما روی صفحه نمایش داده شود.
print-follow = صف را با تلفن همراه خود دنبال کنید
print-issued = صادر شده در { $time }
print-sample-service = راهنمایی عمومی
