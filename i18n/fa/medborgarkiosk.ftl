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

## نوبت
tile-queue = برگهٔ نوبت
tile-queue-text = برگهٔ نوبت بگیرید و ببینید چقدر باید منتظر بمانید
queue-title = برگهٔ نوبت
queue-loading = در حال دریافت صف‌ها …
queue-choose = موضوع مراجعهٔ خود را انتخاب کنید.
queue-group-desk = کمک در پذیرش
queue-group-specialist = رسیدگی توسط کارشناسان
queue-people-waiting = { $count ->
    [one] { $count } نفر منتظر است
   *[other] { $count } نفر منتظرند
}
queue-wait-none = بدون زمان انتظار
queue-wait-under-five = کمتر از ۵ دقیقه انتظار
queue-wait-about = حدود { $minutes } دقیقه انتظار
queue-closed = اکنون بسته است
queue-closed-opens-today = بسته است. امروز ساعت { $time } باز می‌شود
queue-closed-opens-on = بسته است. { $weekday } ساعت { $time } باز می‌شود
queue-specialist-text = به این موضوع یک کارشناس رسیدگی می‌کند، نه پذیرش. تصمیم را کارشناس می‌گیرد.
queue-specialist-desk = کارکنان پذیرش می‌توانند به شما کمک کنند شروع کنید: آنچه لازم دارید، فرم درست یا گرفتن وقت.
queue-specialist-take-ticket = برگهٔ نوبت برای پذیرش بگیرید
queue-needs-title = آیا به چیز خاصی نیاز دارید؟
queue-needs-help-with = برای شروع این کار کمک می‌گیرید: { $errand }
queue-needs-optional = می‌توانید از این مرحله بگذرید.
queue-interpreter-question = آیا به مترجم نیاز دارید؟
queue-interpreter-none = مترجم لازم ندارم
queue-interpreter-want = بله، به مترجم نیاز دارم
queue-interpreter-which = مترجم برای کدام زبان؟
queue-accessibility-question = آیا به کمک دیگری نیاز دارید؟
queue-need-wheelchair = از ویلچر استفاده می‌کنم
queue-need-hearing-loop = حلقهٔ شنوایی
queue-need-low-vision = خوب نمی‌بینم
queue-need-quiet = یک اتاق آرام
queue-need-other = چیز دیگر
queue-get-ticket = گرفتن نوبت
queue-issuing = در حال گرفتن شمارهٔ شما …
queue-your-number = شمارهٔ شما
queue-position = جای شما در صف: { $position }
queue-where-to-wait = لطفاً در سالن انتظار بنشینید. شمارهٔ شما روی صفحه‌ها نمایش داده و وقتی نوبت شما شد اعلام می‌شود.
queue-follow-on-phone = صف را در تلفن خود دنبال کنید: کد را اسکن کنید.
queue-printing = برگهٔ نوبت در حال چاپ است …
queue-printed = برگهٔ نوبت را از چاپگر بردارید.
queue-print-failed = برگهٔ نوبت چاپ نشد. شمارهٔ خود را به خاطر بسپارید.
queue-done = تمام
queue-unreachable-title = اکنون دسترسی به صف ممکن نیست
queue-unreachable-text = اکنون نمی‌توانید اینجا نوبت بگیرید. به پذیرش بروید تا کارکنان به شما کمک کنند.
queue-refused-title = گرفتن نوبت ممکن نشد
queue-refused-text = سامانهٔ نوبت درخواست را نپذیرفت. به پذیرش بروید تا کارکنان به شما کمک کنند.
queue-retry = دوباره امتحان کنید

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
bar-listen = گوش دهید
bar-listen-stop = توقف خواندن
speech-repeat = دوباره بخوان
speech-louder = بلندتر
speech-quieter = آهسته‌تر

## هنوز اینجا هستید؟
idle-title = هنوز اینجا هستید؟
idle-countdown = { $seconds ->
    [one] تا { $seconds } ثانیهٔ دیگر صفحه از نو شروع می‌شود و هر چه انتخاب کرده و نوشته‌اید پاک می‌شود.
   *[other] تا { $seconds } ثانیهٔ دیگر صفحه از نو شروع می‌شود و هر چه انتخاب کرده و نوشته‌اید پاک می‌شود.
}
idle-yes = بله، اینجا هستم

## کار دیگری دارید؟ (پایان مراجعه)
finish-title = کار دیگری هم می‌خواهید انجام دهید؟
finish-ends = { $seconds ->
    [one] وگرنه تا { $seconds } ثانیهٔ دیگر صفحه برای مراجعه‌کنندهٔ بعدی از نو شروع می‌شود.
   *[other] وگرنه تا { $seconds } ثانیهٔ دیگر صفحه برای مراجعه‌کنندهٔ بعدی از نو شروع می‌شود.
}
finish-more = بله، کار دیگری دارم
finish-done = نه، کارم تمام شد
more-below = ادامه در پایین

## E-services, forms and contacts
tile-guides = خدمات الکترونیکی و فرم‌ها
tile-guides-text = گام به گام: درخواست اینترنتی یا کاغذی
tile-contacts = تماس‌ها
tile-contacts-text = تلفن، نشانی و ساعات کاری شهرداری و سازمان‌ها
guides-title = خدمات الکترونیکی و فرم‌ها
guides-choose-category = یک موضوع انتخاب کنید.
guides-choose-guide = انتخاب کنید چه کاری می‌خواهید انجام دهید.
guides-in-swedish = این متن هنوز به زبان شما موجود نیست. به سوئدی نمایش داده می‌شود.
guide-provider = مسئول: { $provider }
guide-who = چه کسی می‌تواند درخواست بدهد؟
guide-need = آنچه لازم دارید
guide-steps = این‌طور انجام دهید
guide-time = چقدر طول می‌کشد
guide-help = کمک شخصی را اینجا می‌گیرید
guide-continue-on-phone = در تلفن خود ادامه دهید
guide-scan-text = دوربین تلفن را به طرف کد بگیرید. خدمت الکترونیکی باز می‌شود.
guide-help-from-staff = از کارکنان کمک می‌خواهم
forms-title = فرم‌های کاغذی
forms-tile-text = فرم‌هایی که از پذیرش می‌گیرید
forms-intro = این فرم‌ها را از پذیرش بخواهید.
forms-hand-in = فرم را اینجا تحویل دهید:
contacts-title = تماس‌ها
contacts-choose = انتخاب کنید با چه کسی می‌خواهید تماس بگیرید.
contact-phone = تلفن
contact-email = ایمیل
contact-address = نشانی
contact-web = وب‌سایت
contact-hours = ساعات کاری
contact-call-on-phone = با تلفن خود تماس بگیرید
contact-scan-text = دوربین تلفن را به طرف کد بگیرید. بعد می‌توانید فوراً تماس بگیرید.
provider-municipality = شهرداری بوتشیرکا
provider-forsakringskassan = صندوق بیمه‌های اجتماعی (Försäkringskassan)
provider-csn = سازمان کمک‌هزینه تحصیلی (CSN)
provider-migrationsverket = اداره مهاجرت (Migrationsverket)
provider-skatteverket = اداره مالیات (Skatteverket)
provider-arbetsformedlingen = اداره کاریابی (Arbetsförmedlingen)
provider-a-kassa = صندوق بیکاری (A-kassa)
provider-konsumentverket = سازمان حمایت از مصرف‌کننده (Konsumentverket)
provider-region = منطقه استکهلم، خدمات درمانی (Region Stockholm)
provider-bank = بانک شما
provider-polisen = پلیس (Polisen)
provider-pensionsmyndigheten = سازمان بازنشستگی (Pensionsmyndigheten)
provider-transportstyrelsen = سازمان حمل و نقل (Transportstyrelsen)
provider-other = سازمانی دیگر
need-bankid = شناسه بانکی BankID
need-personnummer = شماره شخصی
need-id-document = مدرک شناسایی
need-documents = اوراق و گواهی‌ها
need-email = نشانی ایمیل
need-photo = عکس
need-fee = هزینه

## Speech
speech-digit-entered = یک رقم وارد شد
speech-key-space = فاصله
speech-key-backspace = پاک کردن
speech-not-available = خواندن با صدا به این زبان در دسترس نیست.
speech-offer = می‌توانید به یکی از این زبان‌ها گوش دهید:
speech-time-range = از { $opens } تا { $closes }

## Printed ticket
print-your-number = شماره شما
print-position = جای شما در صف: { $position }
print-wait = زمان انتظار تخمینی: حدود { $minutes } دقیقه
print-called = لطفاً صبر کنید تا شماره شما روی صفحه نمایش داده شود.
print-follow = صف را با تلفن همراه خود دنبال کنید
print-issued = صادر شده در { $time }
print-sample-service = راهنمایی عمومی
## نظر (synpunkt)
tile-synpunkt = نظر خود را بدهید
tile-synpunkt-text = شکایت، تعریف یا پیشنهاد دربارهٔ خدمات شهرداری
syn-intro-title = نظر خود را بدهید
syn-intro-what = نظر یعنی شکایت، تعریف یا پیشنهاد دربارهٔ خدمات شهرداری. می‌تواند دربارهٔ رفتاری باشد که با شما شد، مدت زمانی که کاری طول کشید، دسترسی‌پذیری یا دانش و مهارت.
syn-intro-use = ما همهٔ نظرها را می‌خوانیم و از آن‌ها برای بهتر شدن استفاده می‌کنیم.
syn-intro-continue = بله، می‌خواهم نظر بدهم
syn-not-title = این‌ها نظر نیستند. لمس کنید تا ببینید به کجا مراجعه کنید:
syn-route-fault-title = گزارش خرابی
syn-route-fault-text = چیزی خراب یا خطرناک است، مثلاً چراغ خیابان، چاله در جاده یا نوشته روی دیوار.
    خرابی را گزارش دهید تا افراد مسئول آن را تعمیر کنند.
syn-route-proposal-title = پیشنهاد به سیاستمداران
syn-route-proposal-text = می‌خواهید سیاستمداران دربارهٔ چیز تازه‌ای در شهرداری تصمیم بگیرند. این نظر نیست.
    صفحهٔ شهرداری «Så kan du påverka» (چگونه می‌توانید اثر بگذارید) می‌گوید چگونه به سیاستمداران پیشنهاد بدهید. اگر فکر شما دربارهٔ خدمات شهرداری است، یک نظر است: پیشنهاد را انتخاب کنید.
syn-route-damage-title = جبران خسارت
syn-route-damage-text = برای خسارتی که فکر می‌کنید شهرداری مسئول آن است، غرامت می‌خواهید.
    درخواست جبران خسارت بدهید. رسیدها را نگه دارید و از خسارت عکس بگیرید.
syn-route-appeal-title = اعتراض به یک تصمیم
syn-route-appeal-text = فکر می‌کنید تصمیمی از شهرداری اشتباه است.
    اعتراض به یک تصمیم با دادن نظر فرق دارد. اعتراض قوانین و مهلت‌های خودش را دارد، اغلب سه هفته از روزی که تصمیم را دریافت کردید. در خود تصمیم نوشته شده که چطور اعتراض کنید.
syn-route-scan = کد را با دوربین گوشی خود اسکن کنید، یا به این نشانی بروید:
syn-route-back = بازگشت به نظرها
syn-kind-title = چه چیزی می‌خواهید بدهید؟
syn-kind-complaint = شکایت
syn-kind-complaint-text = چیزی آن‌طور که باید کار نکرد
syn-kind-praise = تعریف
syn-kind-praise-text = چیزی خوب کار کرد
syn-kind-suggestion = پیشنهاد
syn-kind-suggestion-text = ایده‌ای برای اینکه چیزی بهتر شود
syn-area-title = دربارهٔ کدام خدمت است؟
syn-area-school = مدرسه و پیش‌دبستانی
syn-area-social = خدمات اجتماعی و مراقبت
syn-area-building = ساختمان و مسکن
syn-area-streets = خیابان‌ها و پارک‌ها
syn-area-culture = فرهنگ و اوقات فراغت
syn-area-center = مرکز خدمات شهروندی
syn-area-other = موارد دیگر
syn-topics-title = دربارهٔ چیست؟
syn-topics-hint = یک یا چند مورد را انتخاب کنید.
syn-topic-treatment = رفتار با شما
syn-topic-handling-time = مدت رسیدگی
syn-topic-accessibility = دسترسی‌پذیری
syn-topic-competence = دانش و مهارت
syn-topic-other = موارد دیگر
syn-selected = انتخاب شد: { $choice }
syn-next = بعدی
syn-error-no-topic = دست‌کم یک مورد را انتخاب کنید.
syn-message-title = نظر خود را بنویسید
syn-message-hint = بگویید چه اتفاقی افتاد، کجا و کی.
syn-error-message-empty = پیش از ادامه چیزی بنویسید.
syn-error-message-too-long = متن خیلی طولانی است. حداکثر ۴۰۰۰ نویسه می‌توانید بنویسید.
syn-error-message-control = در متن نویسه‌ای هست که نمی‌شود فرستاد.
kb-chars-left = { $count ->
    [one] { $count } نویسه باقی مانده
   *[other] { $count } نویسه باقی مانده
}
kb-shift = حروف دیگر
kb-backspace = حذف
kb-space = فاصله
kb-clear = پاک‌سازی
kb-layout-swedish = ÅÄÖ
kb-layout-latin = ABC
kb-layout-turkish = ÇĞŞ
kb-layout-arabic = أبت
kb-layout-persian = پچژ
syn-contact-title = پاسخ می‌خواهید؟
syn-contact-with-title = با اطلاعات تماس
syn-contact-answer = اگر ایمیل یا شمارهٔ تلفن بدهید، شهرداری حداکثر تا { $date } به شما پاسخ می‌دهد یا خبر می‌دهد که کار شما چگونه ادامه پیدا می‌کند.
syn-contact-answer-soon = اگر ایمیل یا شمارهٔ تلفن بدهید، شهرداری ظرف دو روز کاری به شما پاسخ می‌دهد یا خبر می‌دهد که کار شما چگونه ادامه پیدا می‌کند.
syn-contact-anonymous-title = بی‌نام
syn-contact-anonymous = بدون اطلاعات تماس پاسخی نمی‌گیرید. با این حال ما نظر شما را می‌خوانیم و از آن استفاده می‌کنیم.
syn-contact-public-title = سند عمومی
syn-contact-public = نظر شما یک سند عمومی می‌شود. یعنی دیگران می‌توانند درخواست کنند که آن را بخوانند، از جمله نام و اطلاعات تماس شما را اگر آن‌ها را بدهید. اطلاعات حساس، مثلاً دربارهٔ سلامت، ننویسید.
syn-contact-with = پاسخ می‌خواهم
syn-contact-anonymous-button = بی‌نام بفرست
syn-details-title = اطلاعات تماس شما
syn-details-hint = ایمیل یا شمارهٔ تلفن یا هر دو را بنویسید. اگر بخواهید می‌توانید نامتان را هم بنویسید.
syn-field-name = نام
syn-field-email = ایمیل
syn-field-phone = تلفن
syn-field-name-hint = نام شما (اگر بخواهید).
syn-field-email-hint = مثلاً name@example.com
syn-field-phone-hint = مثلاً 070-123 45 67، یا + و کد کشور
syn-field-empty = پر نشده
syn-field-write = بنویسید: { $field }
syn-field-done = تمام
syn-error-name = نام خیلی طولانی است.
syn-error-email-at = نشانی ایمیل باید یک @ داشته باشد، مثلاً name@example.com
syn-error-email-domain = بخش بعد از @ را بررسی کنید، مثلاً example.com
syn-error-email-character = در نشانی ایمیل فاصله یا نویسه‌ای غیرمجاز هست.
syn-error-email-too-long = نشانی ایمیل خیلی طولانی است.
syn-error-phone-too-short = شمارهٔ تلفن رقم‌های خیلی کمی دارد.
syn-error-phone-too-long = شمارهٔ تلفن رقم‌های خیلی زیادی دارد.
syn-error-phone-character = فقط از رقم، فاصله و + در ابتدا استفاده کنید.
syn-error-phone-prefix = با 0 (مثلاً 070) یا با + و کد کشور شروع کنید.
syn-error-no-contact = ایمیل یا شمارهٔ تلفن بنویسید تا بتوانیم به شما پاسخ دهیم. یا برگردید و ارسال بی‌نام را انتخاب کنید.
syn-review-title = همه چیز درست است؟
syn-review-hint = همه را بخوانید. پیش از فرستادن می‌توانید هر چیزی را تغییر دهید.
syn-review-kind = نوع
syn-review-area = خدمت
syn-review-topics = موضوع
syn-review-message = متن شما
syn-review-contact = تماس
syn-review-anonymous = بی‌نام، پاسخی نمی‌گیرید
syn-review-line = { $label }: { $value }
syn-review-edit-kind = تغییر نوع
syn-review-edit-area = تغییر خدمت
syn-review-edit-topics = تغییر موضوع‌ها
syn-review-edit-message = تغییر متن
syn-review-edit-contact = تغییر تماس
syn-send = بفرست
syn-sending = در حال فرستادن …
syn-receipt-title = از نظر شما سپاسگزاریم!
syn-receipt-sorry = متأسفیم که تجربهٔ بدی داشتید.
syn-receipt-queued = کیوسک الان به شهرداری وصل نیست. نظر شما اینجا ذخیره شده و به محض برقراری ارتباط فرستاده می‌شود.
syn-receipt-next = مرکز تماس شهرداری نظر شما را ثبت می‌کند. کمیته‌ای که مسئول این خدمت است آن را پیگیری می‌کند.
syn-receipt-answer = حداکثر تا { $date } پاسخ می‌گیرید، یا خبری دربارهٔ اینکه کار شما چگونه ادامه پیدا می‌کند.
syn-receipt-no-answer = اطلاعات تماس نداده‌اید، پس پاسخی نمی‌گیرید. با این حال ما نظر شما را می‌خوانیم و از آن استفاده می‌کنیم.
syn-receipt-unhappy = اگر از پاسخ راضی نیستید، می‌توانید دوباره با ما تماس بگیرید و بخواهید که مدیر این خدمت موضوع را بررسی کند. شمارهٔ پیگیری خود را بگویید.
syn-receipt-reference = شمارهٔ پیگیری شما:
syn-receipt-done = تمام
syn-list-separator = { "، " }

# Area news, events, crisis information and the wall display (issue 7)
crisis-source = منبع: { $source }
crisis-banner-more = برای خواندن کل پیام اینجا را لمس کنید
crisis-more-messages = پیام‌های دیگر: { $count }
crisis-takeover-title = پیام مهم
crisis-ack = پیام را خواندم
crisis-close = بستن
crisis-published = منتشر شده { $time }
crisis-not-in-language = این پیام به زبان شما موجود نیست. به زبان اصلی نشان داده می‌شود.
crisis-exercise = تمرین، واقعی نیست
crisis-test = آزمایش، واقعی نیست
tile-news = اخبار و رویدادها
tile-news-text = آنچه در منطقه اتفاق می‌افتد
news-title = اخبار و رویدادها
news-heading = اخبار
events-heading = رویدادهای پیش رو
news-in-swedish = خبری به زبان شما نیست. اخبار به زبان سوئدی نشان داده می‌شوند.
news-none = الان خبری نیست.
events-none = الان رویدادی در پیش نیست.
news-stale = اطلاعات { $source } آخرین بار { $time } گرفته شد.
display-now-serving = نوبت اکنون
display-ticket = شماره
display-counter = بروید به
display-no-one = الان کسی صدا زده نمی‌شود.
display-hours-today = ساعات کار امروز
crisis-listen = به پیام گوش دهید

## Search on the on-screen keyboard, and spoken keys (search-open311)
speech-key-switch = تغییر صفحه‌کلید
search-button = جستجو
search-title = جستجو
search-hint = یک کلمه بنویسید، مثلاً پیش‌دبستانی، پروانه ساخت یا گذرنامه.
search-contacts-hint = یک نام یا موضوع بنویسید، مثلاً Försäkringskassan یا مالیات.
search-no-results = چیزی پیدا نشد. کلمه دیگری را امتحان کنید.
search-kind-form = فرم
search-kind-contact = تماس

# --- staff mode and out of service (issue 8) ---
out-of-service-title = این کیوسک الان بسته است
out-of-service-text = لطفاً به پیشخوان بروید. آنجا به شما کمک می‌کنیم.
staff-assist-marker = کارکنان کمک می‌کنند
staff-pin-title = حالت کارکنان
staff-pin-hint = رمز کارکنان را وارد کنید.
staff-pin-open = باز کردن
staff-pin-wrong = رمز اشتباه است. تلاش‌های باقی‌مانده: { $left }
staff-pin-locked = تلاش‌های اشتباه زیاد. حالت کارکنان تا ساعت { $time } قفل است.
staff-pin-not-set = این کیوسک رمز کارکنان ندارد. بخش فناوری اطلاعات آن را با فرمان hash-pin اضافه می‌کند.
staff-cancel = لغو
staff-title = حالت کارکنان
staff-auto-leave = حالت کارکنان پس از ۲ دقیقه بدون لمس خودبه‌خود بسته می‌شود.
staff-leave = خروج از حالت کارکنان
staff-api = سامانهٔ شهرداری (API مرکزی)
staff-api-none = ارتباطی با سامانهٔ شهرداری نیست: نوبت‌دهی و ثبت نظر خاموش است.
staff-last-success = آخرین ارتباط: { $time }
staff-last-error = آخرین خطا: { $error }
staff-never = هرگز
staff-no-error = بدون خطا
staff-error-network = اتصال شبکه وجود ندارد
staff-error-timeout = به‌موقع پاسخ نمی‌دهد
staff-error-server = خطا در سرور
staff-error-rate-limited = درخواست‌های زیاد، سرور از کیوسک می‌خواهد صبر کند
staff-error-auth = کلید (توکن) کار نمی‌کند
staff-error-rejected = سرور اطلاعات را نپذیرفت
staff-error-protocol = پاسخ غیرمنتظره از سرور
staff-error-local = خطا در کیوسک (تنظیمات یا ذخیره‌سازی)
staff-outbox = نظرهایی که منتظر ارسال هستند
staff-outbox-pending = در انتظار: { $count }
staff-outbox-oldest = قدیمی‌ترین { $minutes } دقیقه منتظر مانده است.
staff-retry-now = اکنون دوباره بفرست
staff-retry-started = کیوسک اکنون در حال ارسال است.
staff-content = محتوا (خدمات الکترونیکی، فرم‌ها، تماس‌ها)
staff-content-version = نسخه: { $version }
staff-content-reload = بارگذاری دوبارهٔ محتوا
staff-content-reloaded = محتوا بارگذاری شد.
staff-content-kept = محتوا خطا دارد. کیوسک هنوز محتوای قبلی را نشان می‌دهد.
staff-feeds = اخبار و پیام‌های بحران
staff-feeds-none = هیچ منبع خبری تنظیم نشده است.
staff-speech = خواندن با صدا
staff-speech-engine = موتور گفتار: { $engine }
staff-speech-none = موتور گفتار وجود ندارد. بخش فناوری اطلاعات بستهٔ espeak-ng را نصب می‌کند.
staff-headphones = حالت هدفون
staff-headphones-same = حالت هدفون خروجی جداگانه ندارد: همان بلندگو با صدای کمتر.
staff-on = روشن
staff-off = خاموش
staff-toggle = { $name }: { $state }
staff-pause = توقف موقت کیوسک
staff-resume = باز کردن دوبارهٔ کیوسک
staff-assist = حالت کمک
staff-counts = امروز
staff-counts-tickets = نوبت‌ها
staff-counts-synpunkter = نظرها
staff-counts-languages = زبان‌های انتخاب‌شده
staff-counts-none = هنوز هیچ

# Feed errors in the staff panel
staff-feed-error-http = سرور با خطا پاسخ داد
staff-feed-error-too-large = فید بزرگ‌تر از حد مجاز است
staff-feed-error-not-a-feed = نشانی یک صفحهٔ وب می‌دهد، نه فید
staff-feed-error-malformed = فید خوانده نمی‌شود
staff-error-clock-skew = ساعت کیوسک از ساعت سرور جلوتر است
staff-api-demo = حالت نمایشی: سرور داخلی کیوسک استفاده می‌شود. نظرات در همین کیوسک می‌مانند و تاریخ پاسخی وعده داده نمی‌شود.
staff-outbox-refused = ردشده توسط سرور: { $count } (برای فناوری اطلاعات نگه داشته می‌شود)
staff-outbox-refused-oldest = قدیمی‌ترین { $days } روز پیش رد شد.
staff-outbox-refused-reason = دلیل: { $reason }
staff-refused-field-message = پیام
staff-refused-field-email = نشانی ایمیل
staff-refused-field-phone = شماره تلفن
staff-refused-field-name = نام
staff-refused-field-other = یکی از اطلاعات نظر
staff-refused-fields = پذیرفته نشد: { $fields }
staff-refused-no-reason = سرور دلیلی نگفت
staff-refused-it = فناوری اطلاعات آن‌ها را با این فرمان می‌بیند و دوباره می‌فرستد: medborgarkiosk outbox list
staff-clock = ساعت
staff-clock-ntp-yes = ساعت همگام است (NTP).
staff-clock-ntp-no = ساعت همگام نیست (NTP). فناوری اطلاعات تنظیمات زمان را بررسی می‌کند.
staff-clock-ntp-unknown = معلوم نیست ساعت همگام است یا نه.
staff-clock-skew = اختلاف با ساعت سرور: { $seconds } ثانیه
staff-clock-skew-unknown = اختلاف با ساعت سرور: هنوز اندازه‌گیری نشده
staff-pin-locked-reset = تلاش‌های نادرست بیش از حد. حالت کارکنان قفل است تا فناوری اطلاعات آن را بازنشانی کند (کد PIN جدید در تنظیمات).

# Wall display polish: counters by name, next opening
display-counter-name = باجهٔ { $counter }
display-closed-opens = الان بسته است. { $day } ساعت { $time } باز می‌شود.
display-opens = { $day } ساعت { $time } باز می‌شود.
# A call said aloud on the wall display (issue 21): $number spelled, $counter as on the desk
display-call = شمارهٔ { $number }، باجهٔ { $counter }

## Keys and speech without sight (issue 18)
focus-text-size = اندازهٔ متن { $step }
focus-button = دکمه
focus-selected = انتخاب‌شده
focus-not-selected = انتخاب‌نشده
focus-key = کلید
focus-position = { $position } از { $count }
focus-choices = تعداد گزینه‌ها: { $count }
keys-help = شما اینجا هستید: { $title }. کلید Tab یا کلیدهای جهت‌نما شما را بین گزینه‌ها جابه‌جا می‌کنند. کلید Enter انتخاب می‌کند. کلید Escape یک مرحله برمی‌گردد. کلید Home از نو شروع می‌کند. کلیدهای به‌علاوه و منها صدا را کم و زیاد می‌کنند. کلید F5 دوباره می‌خواند. کلید F1 این راهنما را می‌خواند.
text-entered = تعداد نویسه‌های نوشته‌شده: { $count }
text-char-entered = یک نویسه وارد شد
syn-contact-demo = این یک نسخهٔ نمایشی است: نظرها به شهرداری فرستاده نمی‌شوند و کسی پاسخ نمی‌دهد.
focus-text-field = کادر متن

## ابزارهای دیجیتال در دفتر (issue 23)
tile-tools = ابزارهای دیجیتال
tile-tools-text = کامپیوتر، چاپ، وای‌فای و کمک برای شروع
tools-title = ابزارهای دیجیتال همین‌جا
tools-intro = این‌ها در همین دفتر در اختیار شماست. کارکنان نشان می‌دهند چطور از آن‌ها استفاده کنید.
tools-skills = مهارت‌های دیجیتال را یاد بگیرید
tools-skills-text = ایمیل، BankID، صندوق پست دیجیتال و اینکه فریب نخورید
tools-drop-in = کمک دیجیتال بدون وقت قبلی (drop-in)
tools-drop-in-day = { $weekday }: { $hours }
tools-wifi-network = نام شبکه
tools-wifi-hidden = این شبکه در فهرست دیده نمی‌شود. کد را اسکن کنید یا نام را خودتان بنویسید.
tools-wifi-open = شبکه باز است. رمز عبور لازم ندارید.
tools-wifi-password = رمز عبور
tools-wifi-show-password = نمایش رمز عبور
tools-wifi-hide-password = پنهان کردن رمز عبور
tools-wifi-password-not-read = رمز عبور روی صفحه نشان داده می‌شود. از بلندگو خوانده نمی‌شود.
tools-wifi-qr = با تلفن همراه وصل شوید
tools-wifi-scan = دوربین تلفن را به طرف کد بگیرید. تلفن به شبکه وصل می‌شود.
search-kind-tool = همین‌جا در دفتر
guide-related = این را هم بخوانید
ticket-topic = کمک برای: { $topic }

## صف در دفتر: صفحهٔ باجه و صف در تلفن (issue 21)
counter-page-title = باجه – صف
counter-sign-in-title = ورود به باجه
counter-sign-in-text = کلید باجه را بنویسید. آن را از مسئول سامانه می‌گیرید.
counter-token-label = کلید باجه
counter-sign-in = ورود
counter-sign-in-failed = این کلید برای هیچ باجه‌ای معتبر نیست. دوباره تلاش کنید.
counter-sign-in-locked = تلاش‌های زیاد. یک دقیقه صبر کنید و دوباره تلاش کنید.
counter-sign-out = خروج
counter-heading = باجهٔ { $counter } – { $office }
counter-other-language = English
counter-current = اکنون نزد شما
counter-none-current = الان کسی صدا زده نشده است.
counter-call-next = صدا زدن نفر بعدی
counter-call-again = صدا زدن دوباره
counter-done = تمام
counter-no-show = نیامد
counter-transfer = فرستادن به خدمت دیگر
counter-transfer-to = خدمت
counter-transfer-button = فرستادن
counter-services = خدماتی که این باجه انجام می‌دهد
counter-services-save = ذخیره
counter-waiting = در انتظار: { $service }
counter-nobody-waiting = کسی منتظر نیست.
counter-col-number = شماره
counter-col-waited = مدت انتظار
counter-col-language = زبان
counter-col-needs = نیازها
counter-col-topic = موضوع
counter-minutes = { $minutes } دقیقه
counter-interpreter = مترجم: { $language }
counter-called-at = ساعت { $time } صدا زده شد
counter-issued-at = ساعت { $time } نوبت گرفت
counter-nobody-to-call = کسی منتظر خدمات این باجه نیست.
counter-choose-services = دست‌کم یک خدمت برای این باجه انتخاب کنید.
counter-stale = صفحه قدیمی بود: کاری انجام نشد. وضعیت کنونی این است.
counter-skip = رفتن به صف
follow-page-title = برگهٔ نوبت شما
follow-number = شمارهٔ شما
follow-ahead = { $count ->
    [0] نفر بعدی شما هستید.
    [one] { $count } نفر پیش از شما.
   *[other] { $count } نفر پیش از شما.
}
follow-your-turn = نوبت شماست
follow-go-to = به باجهٔ { $counter } بروید
follow-finished = مراجعهٔ شما تمام شد. متشکریم!
follow-no-show = شمارهٔ شما اعلام شد، اما نیامدید. اگر لازم است، برگهٔ نوبت تازه بگیرید.
follow-refresh = این صفحه خودبه‌خود به‌روز می‌شود.
follow-gone-title = این برگهٔ نوبت دیگر معتبر نیست
follow-gone-text = پیوند قدیمی یا نادرست است. از صفحهٔ نمایش در دفتر برگهٔ نوبت تازه بگیرید.

## The statistics report (issue 22), read by the organisation
report-title = آمار: { $office }
report-period = دوره: { $from } – { $to }
report-generated = تهیه‌شده در { $time } از شمارش‌های ناشناس کیوسک‌ها، برگه‌های نوبت و نظرها.
report-small-numbers = اعداد کمتر از ۳ به صورت «< 3» نشان داده می‌شوند تا کسی شناسایی نشود. سهم‌ها و میانه‌ها فقط وقتی نشان داده می‌شوند که پایه دست‌کم ۳ باشد.
report-visits = مراجعه‌ها بر اساس روز هفته و ساعت
report-visits-note = مراجعه‌هایی که کنار صفحه شروع شدند، به وقت سوئد. خانهٔ تیره‌تر: مراجعهٔ بیشتر.
report-hour = ساعت
report-day-mon = دوشنبه
report-day-tue = سه‌شنبه
report-day-wed = چهارشنبه
report-day-thu = پنجشنبه
report-day-fri = جمعه
report-day-sat = شنبه
report-day-sun = یکشنبه
report-languages = زبان‌ها
report-entries = آنچه مراجعان اول انتخاب کردند
report-count = تعداد
report-waits = زمان انتظار بر اساس خدمت
report-wait-axis = زمان انتظار به دقیقه
report-service-tickets = برگه‌های نوبت: { $tickets }. فراخوانده‌شده: { $called }. نیامدند: { $noshows }.
report-median-wait = میانهٔ زمان انتظار
report-median-handling = میانهٔ زمان پشت باجه
report-within-target = فراخوانده در محدودهٔ هدف ({ $target } دقیقه)
report-minutes = { $minutes } دقیقه
report-percent = { $percent } ٪
report-hidden = نشان داده نمی‌شود (کمتر از ۳)
report-guides = ده راهنمای پرکاربردتر
report-guides-help = راهنماهایی که در آن‌ها مراجعان از کارکنان کمک خواستند
report-flows = مراجعان کجا منصرف می‌شوند
report-flow = { $flow }: { $started } شروع‌شده، { $completed } تکمیل‌شده
report-left-axis = در این مرحله ترک کرد
report-searches = جستجوها: { $made }. بدون نتیجه: { $empty }.
report-synpunkter = نظرها بر اساس حوزه و نوع
report-promise = تعهد: پاسخ یا بازخورد ظرف دو روز کاری
report-promise-note = نظرهای دارای اطلاعات تماس که در این دوره رسیدند، و اینکه چند تا تا روز پاسخ، پاسخ یا بازخورد گرفتند.
report-percent-axis = سهم به‌موقع (٪)
report-col-area = حوزه
report-col-with-contact = با اطلاعات تماس
report-col-kept = به‌موقع
report-col-percent = سهم به‌موقع
report-col-name = چه چیزی
report-other = سایر: دسترس‌پذیری، پایان مهلت، اطلاعات بحران
report-nothing = در این دوره چیزی نیست.
