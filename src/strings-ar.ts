import type { TimelineStrings } from './strings.js';

/**
 * The forms an Arabic noun takes after a number, one per plural category of
 * `Intl.PluralRules('ar')`. `{n}` stands for the number, already formatted for `ar`. The dual has a
 * nominative form (`حدثان`) for subjects and a genitive one (`حدثين`) after a preposition.
 */
interface ArabicCountedNoun {
  zero: string;
  one: string;
  twoNominative: string;
  twoGenitive: string;
  /** 3–10 (and 103–110 …): the plural, `٣ أحداث`. */
  few: string;
  /** 11–99 (and 111–199 …): the singular in the accusative, `١١ حدثًا`. */
  many: string;
  /** 100, 1,000 …: the singular in the genitive, `١٠٠ حدث`. */
  other: string;
}

const EVENT: ArabicCountedNoun = {
  zero: 'لا أحداث',
  one: 'حدث واحد',
  twoNominative: 'حدثان',
  twoGenitive: 'حدثين',
  few: '{n} أحداث',
  many: '{n} حدثًا',
  other: '{n} حدث',
};

const ANNOTATION: ArabicCountedNoun = {
  zero: 'لا تعليقات',
  one: 'تعليق واحد',
  twoNominative: 'تعليقان',
  twoGenitive: 'تعليقين',
  few: '{n} تعليقات',
  many: '{n} تعليقًا',
  other: '{n} تعليق',
};

const pluralRules = new Intl.PluralRules('ar');
const numberFormat = new Intl.NumberFormat('ar');

/** A number as Arabic readers expect it in running text (grouping and digits of the `ar` locale). */
function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A count with its noun, in the form Arabic grammar asks for: `لا أحداث`, `حدث واحد`, `حدثان`,
 * `٣ أحداث`, `١١ حدثًا`, `١٠٠ حدث`. `grammaticalCase` picks the dual's ending.
 */
function countNoun(count: number, noun: ArabicCountedNoun, grammaticalCase: 'nominative' | 'genitive' = 'nominative'): string {
  const category = pluralRules.select(count);
  const form =
    category === 'two'
      ? grammaticalCase === 'nominative'
        ? noun.twoNominative
        : noun.twoGenitive
      : category === 'zero' || category === 'one' || category === 'few' || category === 'many'
        ? noun[category]
        : noun.other;
  return form.replace('{n}', formatNumber(count));
}

/**
 * The interface text in Modern Standard Arabic, for pages written in Arabic. Pass it as the
 * element's `strings` property together with `locale="ar"` (so dates and numbers read in Arabic
 * too) and `dir="rtl"` on the element or an ancestor:
 *
 * ```html
 * <annotated-timeline dir="rtl" locale="ar" src="data.json"></annotated-timeline>
 * <script type="module">
 *   import { ARABIC_STRINGS } from 'annotated-timeline';
 *   document.querySelector('annotated-timeline').strings = ARABIC_STRINGS;
 * </script>
 * ```
 *
 * Counts follow the six Arabic plural categories of `Intl.PluralRules('ar')`, and numbers are
 * formatted with `Intl.NumberFormat('ar')`.
 */
export const ARABIC_STRINGS: TimelineStrings = {
  untitled: 'خط زمني',
  loading: 'جارٍ تحميل الخط الزمني…',
  empty: 'لا يضم هذا الخط الزمني أي أحداث بعد.',
  errorHeading: 'تعذّر عرض الخط الزمني.',
  dataProblems: (count) => {
    const category = pluralRules.select(count);
    if (category === 'one') return 'في البيانات مشكلة واحدة.';
    if (category === 'two') return 'في البيانات مشكلتان.';
    return `في البيانات ${formatNumber(count)} من المشكلات.`;
  },
  errorDetails: (count) => {
    const category = pluralRules.select(count);
    if (category === 'one') return 'عرض المشكلة';
    if (category === 'two') return 'عرض المشكلتين';
    return `عرض المشكلات كلها (${formatNumber(count)})`;
  },
  warningDetails: (count) => {
    const category = pluralRules.select(count);
    if (category === 'one') return 'عرض التحذير';
    if (category === 'two') return 'عرض التحذيرين';
    return `عرض التحذيرات (${formatNumber(count)})`;
  },
  errorKeptPrevious: 'ما زال آخر خط زمني تم تحميله معروضًا أدناه.',
  summary: (events, annotations, span) => `${countNoun(events, EVENT)} و${countNoun(annotations, ANNOTATION)}، ${span}.`,
  instructions: 'اختر حدثًا لتقرأ تفاصيله ومصادره، واستخدم الأزرار أو عجلة الفأرة أو حركة القرص بإصبعين للتكبير والتصغير.',
  eventsLabel: 'الأحداث',
  notesLabel: 'التعليقات',
  noteHeading: 'سياق',
  annotationCount: (count) => countNoun(count, ANNOTATION),
  range: (start, end) => `من ${start} إلى ${end}`,
  dateNote: (note) => `ملاحظة عن التاريخ: ${note}`,
  source: 'المصدر',
  sources: 'المصادر',
  close: 'إغلاق',
  more: 'المزيد',
  markerLabel: (number, speaker) => `التعليق رقم ${formatNumber(number)}، ${speaker}: اعرض التعليق`,
  periodCount: (count, range) => {
    const category = pluralRules.select(count);
    const showThem = category === 'one' ? 'اعرضه' : category === 'two' ? 'اعرضهما' : 'اعرضها';
    return `${range}: ${countNoun(count, EVENT)}. ${showThem}.`;
  },
  aggregated: (count) =>
    `${countNoun(count, EVENT)} في النطاق المعروض، وهي أكثر من أن تُعرض كلٌّ على حدة. كبّر العرض لقراءتها.`,
  controls: 'أدوات التحكم في الخط الزمني',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  resetZoom: 'عرض الكل',
  earlier: 'الأقدم',
  later: 'الأحدث',
  listView: 'عرض القائمة',
  showing: (visible, total, range) =>
    total === 0 ? `لا أحداث للعرض، ${range}.` : `يظهر ${formatNumber(visible)} من أصل ${countNoun(total, EVENT, 'genitive')}، ${range}.`,
  keysHeading: 'اختصارات لوحة المفاتيح',
  keyActions: {
    previous: 'الحدث السابق',
    next: 'الحدث التالي',
    intoNotes: 'تعليقات الحدث',
    outOfNotes: 'العودة إلى الحدث',
    first: 'الحدث الأول',
    last: 'الحدث الأخير',
    pageBack: 'شاشة إلى الأقدم',
    pageForward: 'شاشة إلى الأحدث',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'عرض الكل',
    close: 'إغلاق التفاصيل',
  },
  listPage: (from, to, total) => `الأحداث من ${formatNumber(from)} إلى ${formatNumber(to)} من أصل ${formatNumber(total)}`,
  previousPage: 'الأحداث السابقة',
  nextPage: 'الأحداث التالية',
};
