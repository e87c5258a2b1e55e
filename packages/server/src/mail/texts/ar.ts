import type { ResidentMailTexts } from './types.js';

export const ar: ResidentMailTexts = {
  greeting: 'مرحبًا {name}،',
  receipt: {
    subjectRequested: 'وصل طلب حجز القاعة: {room}',
    subjectConfirmed: 'حجزكم: {room}',
    requested: 'وصل طلبكم لحجز القاعة {room} إلى {municipality}. يقوم المكتب بمراجعة الطلب. ستصلكم رسالة بريد إلكتروني فور اتخاذ القرار.',
    confirmed: 'تم حجز القاعة {room} لكم. تجدون المواعيد في الملف المرفق كملف تقويم.',
    link: 'بهذا الرابط يمكنكم رؤية طلبكم وإلغاؤه. احتفظوا بهذه الرسالة ولا تعطوا الرابط لأحد:',
  },
  decision: {
    subjectConfirmed: 'تمت الموافقة على طلب حجز القاعة: {room}',
    subjectDeclined: 'تم رفض طلب حجز القاعة: {room}',
    subjectPartial: 'تمت الموافقة على جزء من طلب حجز القاعة: {room}',
    subjectUpdate: 'مستجدات طلب حجز القاعة: {room}',
    confirmed: 'وافقت {municipality} على طلبكم. تم حجز القاعة {room} لكم.',
    declined: 'لا تستطيع {municipality} أن تعطيكم القاعة {room} في هذا الوقت.',
    partial: 'وافقت {municipality} على جزء من مواعيدكم. لا يستطيع المكتب أن يعطيكم المواعيد الأخرى.',
    update: 'اتخذت {municipality} قرارًا بشأن جزء من مواعيدكم. لا يزال المكتب يقرر بشأن المواعيد الأخرى.',
    reasonHeading: 'سبب المكتب:',
    confirmedDates: 'المواعيد المحجوزة',
    declinedDates: 'المواعيد المرفوضة',
    pendingDates: 'مواعيد لا يزال المكتب يراجعها',
    changed: 'قام المكتب بتغيير طلبكم قبل الموافقة عليه:',
    before: 'المطلوب',
    after: 'المحجوز الآن',
    calendarAttached: 'تجدون المواعيد المحجوزة في الملف المرفق كملف تقويم.',
    searchAgain: 'يمكنكم البحث عن قاعة أخرى أو وقت آخر هنا:',
    searchAgainNoLink: 'يمكنكم البحث عن قاعة أخرى أو وقت آخر على موقع {municipality}.',
    manage: 'لرؤية طلبكم أو إلغائه استخدموا الرابط الموجود في الرسالة الأولى، رسالة تأكيد الاستلام.',
  },
  cancellation: {
    subject: 'تم الإلغاء: {room}',
    body: 'تم إلغاء حجزكم للقاعة {room}. يمكن لغيركم استخدام القاعة الآن.',
  },
  reminder: {
    subject: 'تذكير: غدًا في القاعة {room}',
    body: 'لديكم غدًا حجز للقاعة {room}.',
    cancelHint: 'إذا لم تعودوا بحاجة إلى القاعة، ألغوا الحجز بالرابط الموجود في رسالة تأكيد الاستلام.',
  },
  facts: { room: 'القاعة', dates: 'المواعيد', purpose: 'الغرض', people: 'عدد الأشخاص المتوقع' },
  footer: {
    automatic: 'تم إرسال هذه الرسالة تلقائيًا. إذا كانت لديكم أسئلة، ردوا على هذه الرسالة أو تواصلوا مع:',
    contact: 'التواصل',
  },
  calendarName: 'حجز القاعة',
};
