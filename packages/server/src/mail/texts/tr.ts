import type { ResidentMailTexts } from './types.js';

export const tr: ResidentMailTexts = {
  greeting: 'Merhaba {name},',
  receipt: {
    subjectRequested: 'Oda talebiniz alındı: {room}',
    subjectConfirmed: 'Rezervasyonunuz: {room}',
    requested: '{room} odası için talebiniz {municipality} tarafından alındı. Ofis talebi inceliyor. Karar verilir verilmez bir e-posta alacaksınız.',
    confirmed: '{room} odası sizin için rezerve edildi. Tarihleri ekteki takvim dosyasında bulabilirsiniz.',
    link: 'Bu bağlantı ile talebinizi görebilir ve iptal edebilirsiniz. Bu e-postayı saklayın ve bağlantıyı başkasına vermeyin:',
  },
  decision: {
    subjectConfirmed: 'Oda talebiniz kabul edildi: {room}',
    subjectDeclined: 'Oda talebiniz reddedildi: {room}',
    subjectPartial: 'Oda talebiniz kısmen kabul edildi: {room}',
    subjectUpdate: 'Oda talebinizle ilgili gelişme: {room}',
    confirmed: '{municipality} talebinizi kabul etti. {room} odası sizin için rezerve edildi.',
    declined: '{municipality} size {room} odasını bu zamanda veremiyor.',
    partial: '{municipality} tarihlerinizin bir kısmını kabul etti. Diğer tarihleri ofis size veremiyor.',
    update: '{municipality} tarihlerinizin bir kısmı hakkında karar verdi. Diğer tarihler hakkında ofis henüz karar veriyor.',
    reasonHeading: 'Ofisin gerekçesi:',
    confirmedDates: 'Rezerve edilen tarihler',
    declinedDates: 'Reddedilen tarihler',
    pendingDates: 'Ofisin hâlâ incelediği tarihler',
    changed: 'Ofis, kabul etmeden önce talebinizi değiştirdi:',
    before: 'Talep edilen',
    after: 'Şimdi rezerve edilen',
    calendarAttached: 'Rezerve edilen tarihleri ekteki takvim dosyasında bulabilirsiniz.',
    searchAgain: 'Başka bir oda veya başka bir zaman burada bulabilirsiniz:',
    searchAgainNoLink: 'Başka bir oda veya başka bir zamanı {municipality} web sitesinde bulabilirsiniz.',
    manage: 'Talebinizi görmek veya iptal etmek için ilk e-postadaki, alındı onayındaki bağlantıyı kullanın.',
  },
  cancellation: {
    subject: 'İptal edildi: {room}',
    body: '{room} odası için rezervasyonunuz iptal edildi. Oda artık başkaları tarafından kullanılabilir.',
  },
  reminder: {
    subject: 'Hatırlatma: yarın {room} odasında',
    body: 'Yarın için {room} odasını rezerve ettiniz.',
    cancelHint: 'Odaya artık ihtiyacınız yoksa, alındı onayındaki bağlantı ile rezervasyonu iptal edin.',
  },
  facts: { room: 'Oda', dates: 'Tarihler', purpose: 'Amaç', people: 'Beklenen kişi sayısı' },
  footer: {
    automatic: 'Bu e-posta otomatik olarak gönderildi. Sorularınız için bu e-postayı yanıtlayın veya şuraya başvurun:',
    contact: 'İletişim',
  },
  calendarName: 'Oda rezervasyonu',
};
