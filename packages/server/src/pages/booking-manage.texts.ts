/** The words of the booking page behind the secret link, in every UI locale of the widgets. */
import type { Locale } from '@teilhabe/contract';

export interface BookingPageText {
  title: string;
  status: { requested: string; confirmed: string; declined: string; cancelled: string };
  room: string;
  when: string;
  purpose: string;
  people: string;
  state: string;
  cancel: string;
  cancelHint: string;
  cancelled: string;
  keep: string;
  /** The office's reason, shown when a request was declined. */
  reason: string;
  confirmTitle: string;
  confirmText: string;
  confirmYes: string;
  confirmNo: string;
}

export const BOOKING_PAGE_TEXT: Record<Locale, BookingPageText> = {
  de: {
    title: 'Ihre Raumanfrage',
    status: { requested: 'Angefragt – die Stadt prüft die Anfrage', confirmed: 'Gebucht', declined: 'Abgelehnt', cancelled: 'Abgesagt' },
    room: 'Raum',
    when: 'Termine',
    purpose: 'Zweck',
    people: 'Erwartete Personen',
    state: 'Stand',
    cancel: 'Anfrage absagen',
    cancelHint: 'Wenn Sie den Raum nicht mehr brauchen, sagen Sie die Anfrage ab. Dann können andere den Raum nutzen.',
    cancelled: 'Die Buchung ist abgesagt.',
    keep: 'Bewahren Sie diesen Link auf: Nur mit ihm können Sie die Anfrage sehen oder absagen.',
    reason: 'Begründung des Büros',
    confirmTitle: 'Wollen Sie die Anfrage absagen?',
    confirmText: 'Der Raum wird dann für andere frei. Sie können das nicht rückgängig machen.',
    confirmYes: 'Ja, absagen',
    confirmNo: 'Nein, zurück zur Anfrage',
  },
  en: {
    title: 'Your room request',
    status: { requested: 'Requested – the office is checking it', confirmed: 'Booked', declined: 'Declined', cancelled: 'Cancelled' },
    room: 'Room',
    when: 'Dates',
    purpose: 'Purpose',
    people: 'Expected people',
    state: 'Status',
    cancel: 'Cancel the request',
    cancelHint: 'If you no longer need the room, cancel it so that others can use it.',
    cancelled: 'The booking is cancelled.',
    keep: 'Keep this link: only with it can you see or cancel the request.',
    reason: 'The office’s reason',
    confirmTitle: 'Do you want to cancel the request?',
    confirmText: 'The room will then be free for others. You cannot undo this.',
    confirmYes: 'Yes, cancel',
    confirmNo: 'No, back to the request',
  },
  tr: {
    title: 'Oda talebiniz',
    status: { requested: 'Talep edildi – belediye talebi inceliyor', confirmed: 'Rezerve edildi', declined: 'Reddedildi', cancelled: 'İptal edildi' },
    room: 'Oda',
    when: 'Tarihler',
    purpose: 'Amaç',
    people: 'Beklenen kişi sayısı',
    state: 'Durum',
    cancel: 'Talebi iptal et',
    cancelHint: 'Odaya artık ihtiyacınız yoksa, başkalarının kullanabilmesi için talebi iptal edin.',
    cancelled: 'Rezervasyon iptal edildi.',
    keep: 'Bu bağlantıyı saklayın: Talebi yalnızca bu bağlantıyla görebilir veya iptal edebilirsiniz.',
    reason: 'Ofisin gerekçesi',
    confirmTitle: 'Talebi iptal etmek istiyor musunuz?',
    confirmText: 'Oda o zaman başkaları için boşalır. Bunu geri alamazsınız.',
    confirmYes: 'Evet, iptal et',
    confirmNo: 'Hayır, talebe geri dön',
  },
  ar: {
    title: 'طلب حجز القاعة',
    status: { requested: 'تم تقديم الطلب – تقوم البلدية بمراجعته', confirmed: 'تم الحجز', declined: 'مرفوض', cancelled: 'ملغى' },
    room: 'القاعة',
    when: 'المواعيد',
    purpose: 'الغرض',
    people: 'عدد الأشخاص المتوقع',
    state: 'الحالة',
    cancel: 'إلغاء الطلب',
    cancelHint: 'إذا لم تعودوا بحاجة إلى القاعة، ألغوا الطلب ليتمكن غيركم من استخدامها.',
    cancelled: 'تم إلغاء الحجز.',
    keep: 'احتفظوا بهذا الرابط: لا يمكنكم رؤية الطلب أو إلغاؤه إلا من خلاله.',
    reason: 'سبب المكتب',
    confirmTitle: 'هل تريدون إلغاء الطلب؟',
    confirmText: 'ستصبح القاعة عندها متاحة لغيركم. لا يمكنكم التراجع عن ذلك.',
    confirmYes: 'نعم، إلغاء',
    confirmNo: 'لا، العودة إلى الطلب',
  },
  uk: {
    title: 'Ваш запит на приміщення',
    status: { requested: 'Запит надіслано – місто його перевіряє', confirmed: 'Заброньовано', declined: 'Відхилено', cancelled: 'Скасовано' },
    room: 'Приміщення',
    when: 'Дати',
    purpose: 'Мета',
    people: 'Очікувана кількість людей',
    state: 'Статус',
    cancel: 'Скасувати запит',
    cancelHint: 'Якщо приміщення вам більше не потрібне, скасуйте запит, щоб ним могли скористатися інші.',
    cancelled: 'Бронювання скасовано.',
    keep: 'Збережіть це посилання: лише з ним ви можете переглянути або скасувати запит.',
    reason: 'Пояснення офісу',
    confirmTitle: 'Ви хочете скасувати запит?',
    confirmText: 'Тоді приміщення стане вільним для інших. Скасувати це неможливо.',
    confirmYes: 'Так, скасувати',
    confirmNo: 'Ні, повернутися до запиту',
  },
  ru: {
    title: 'Ваш запрос на помещение',
    status: { requested: 'Запрос отправлен – город его проверяет', confirmed: 'Забронировано', declined: 'Отклонено', cancelled: 'Отменено' },
    room: 'Помещение',
    when: 'Даты',
    purpose: 'Цель',
    people: 'Ожидаемое число людей',
    state: 'Статус',
    cancel: 'Отменить запрос',
    cancelHint: 'Если помещение вам больше не нужно, отмените запрос, чтобы им могли воспользоваться другие.',
    cancelled: 'Бронирование отменено.',
    keep: 'Сохраните эту ссылку: только с ней вы можете посмотреть или отменить запрос.',
    reason: 'Обоснование офиса',
    confirmTitle: 'Вы хотите отменить запрос?',
    confirmText: 'Тогда помещение станет свободным для других. Отменить это действие нельзя.',
    confirmYes: 'Да, отменить',
    confirmNo: 'Нет, вернуться к запросу',
  },
  fa: {
    title: 'درخواست رزرو اتاق شما',
    status: { requested: 'درخواست ثبت شد – شهرداری آن را بررسی می‌کند', confirmed: 'رزرو شد', declined: 'رد شد', cancelled: 'لغو شد' },
    room: 'اتاق',
    when: 'تاریخ‌ها',
    purpose: 'هدف',
    people: 'تعداد افراد مورد انتظار',
    state: 'وضعیت',
    cancel: 'لغو درخواست',
    cancelHint: 'اگر دیگر به اتاق نیاز ندارید، درخواست را لغو کنید تا دیگران بتوانند از آن استفاده کنند.',
    cancelled: 'رزرو لغو شد.',
    keep: 'این پیوند را نگه دارید: فقط با آن می‌توانید درخواست را ببینید یا لغو کنید.',
    reason: 'دلیل دفتر',
    confirmTitle: 'آیا می\u200cخواهید درخواست را لغو کنید؟',
    confirmText: 'در این صورت اتاق برای دیگران آزاد می\u200cشود. این کار قابل بازگشت نیست.',
    confirmYes: 'بله، لغو شود',
    confirmNo: 'نه، بازگشت به درخواست',
  },
};
