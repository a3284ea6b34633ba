/**
 * Composes the words of the minutes and of the resolution (TEMPLATES.md) into a format-neutral
 * Layout. Pure functions of their input.
 */
import type { MinutesDoc, PersonWithTitle, ResolutionDoc, ScoreConfirmation, TaskItem, VoteMethod } from './model';
import type { Layout, Para, Run } from './layout';
import { p } from './layout';
import {
  formatDate,
  formatDue,
  formatNumber,
  formatPercent,
  formatTime,
  monthYear,
  monthYearWords,
  placeDateLine,
} from './format';

/** Drops trailing spaces and sentence punctuation, so the composer can add its own. */
const bare = (s: string) => s.trim().replace(/[\s.;,:]+$/u, '');
/** Ends a sentence with a full stop unless it already ends with one (or ! ? … ”). */
const sentence = (s: string) => {
  const t = s.trim();
  return /[.!?…”")]$/u.test(t) ? t : `${t}.`;
};
/** Upper-cases the first letter ('đồng chí …' → 'Đồng chí …') at the start of a list line. */
const capFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

const heading = (text: string): Para => p(text, { bold: true, indent: true, spaceBefore: 6, keepWithNext: true });
const subheading = (text: string): Para => p(text, { italics: true, bold: true, indent: true, keepWithNext: true });
const body = (runs: Run[] | string, extra: Partial<Para> = {}): Para => ({
  runs: typeof runs === 'string' ? [{ text: runs }] : runs,
  align: 'justify',
  indent: true,
  ...extra,
});
/** "Label: value" with the label in bold. */
const labelled = (label: string, value: string): Para => body([{ text: `${label}: `, bold: true }, { text: value }]);

const comrade = (x: PersonWithTitle) => (x.title.trim() ? `đồng chí ${x.name}, ${bare(x.title)}` : `đồng chí ${x.name}`);
const guest = (x: PersonWithTitle) => (x.name.trim() ? comrade(x) : `đại diện ${bare(x.title)}`);
const listOrNone = (xs: string[]) => (xs.length ? xs.join('; ') : 'không');

export const VOTE_METHOD_LABEL: Record<VoteMethod, string> = {
  show_of_hands: 'giơ tay',
  ballot: 'bỏ phiếu kín',
  electronic: 'biểu quyết điện tử',
};

const signatureColumn = (lines_: string[], name: string): Para[] => [
  ...lines_.map((l) => p(l, { bold: true, align: 'center', keepWithNext: true })),
  p('(Ký, ghi rõ họ tên)', { italics: true, align: 'center', keepWithNext: true }),
  p(name, { bold: true, align: 'center', spaceBefore: 64 }),
];

/**
 * A centred title line whose last two words cannot be parted (a no-break space), so that a title that wraps
 * never ends with one word alone on its last line ("… gắn với bảo vệ / rừng").
 */
const titleText = (s: string) => {
  const t = s.trim().replace(/\s+/gu, ' ');
  return t.split(' ').length >= 4 ? t.replace(/ (\S+)$/u, '\u00a0$1') : t;
};

const revisionLine = (version: number | undefined): Para[] =>
  version && version > 1 ? [p(`Bản điều chỉnh lần ${version - 1}`, { italics: true, align: 'center' })] : [];

const taskLine = (t: TaskItem) => {
  const due = t.due?.trim() ? `; thời hạn: ${formatDue(t.due.trim())}` : '';
  return `${capFirst(bare(t.assignee))}: ${bare(t.content)}${due}.`;
};

/**
 * "Đồng chí Tòng Văn Khay, Đảng ủy viên phụ trách chi bộ, xác nhận kết quả ngày 12/09/2026 (không dự buổi
 * sinh hoạt, xác nhận theo biên bản)."
 */
export const confirmationLine = (c: ScoreConfirmation) => {
  const who = c.title.trim() ? `Đồng chí ${c.name}, ${bare(c.title)},` : `Đồng chí ${c.name}`;
  const absent = c.reason?.trim()
    ? ` (không có đảng ủy viên phụ trách dự buổi sinh hoạt; lý do: ${bare(c.reason)})`
    : c.attended ? '' : ' (không dự buổi sinh hoạt, xác nhận theo biên bản)';
  return `${who} xác nhận kết quả ngày ${formatDate(c.date)}${absent}.`;
};

export function composeMinutes(doc: MinutesDoc): Layout {
  const a = doc.attendance;
  const out: Para[] = [];

  // 1. Opening (HD 16 part 1).
  out.push(labelled('Thời gian', `bắt đầu lúc ${formatTime(doc.startTime)}, ngày ${formatDate(doc.date)}.`));
  out.push(labelled('Địa điểm', sentence(doc.location)));
  out.push(labelled('Chủ trì', sentence(comrade(doc.chair))));
  out.push(labelled('Thư ký', sentence(comrade(doc.recorder))));
  if (doc.documents?.length) out.push(labelled('Tài liệu sử dụng', sentence(doc.documents.map(bare).join('; '))));

  // 2. Attendance.
  out.push(heading('I. THÀNH PHẦN'));
  out.push(
    body(
      `- Tổng số đảng viên của chi bộ: ${a.total} (chính thức ${a.official}, dự bị ${a.probationary}); ` +
        `miễn sinh hoạt: ${a.exempt}.`,
    ),
  );
  const absent = a.absentExcused.length + a.absentUnexcused.length;
  const excused = a.absentExcused.map((x) => `đồng chí ${x.name} (${bare(x.reason)})`);
  const unexcused = a.absentUnexcused.map((x) => `đồng chí ${x.name}`);
  out.push(
    body(
      `- Có mặt: ${a.present} (chính thức ${a.presentOfficial}, dự bị ${a.presentProbationary}). ` +
        (absent
          ? `Vắng mặt: ${absent} — có lý do: ${listOrNone(excused)}; không lý do: ${listOrNone(unexcused)}.`
          : 'Vắng mặt: không.'),
    ),
  );
  out.push(body(`- Đồng chí cấp ủy cấp trên dự: ${listOrNone(a.upperLevel.map(comrade))}.`));
  out.push(body(`- Khách mời: ${listOrNone(a.guests.map(guest))}.`));

  // 3. Proceedings: contents, then the discussion with each speaker named.
  out.push(heading('II. NỘI DUNG'));
  if (!doc.items.length) out.push(body('- Không có.'));
  doc.items.forEach((item, i) => {
    const [first, ...rest] = lines(item.content);
    const title = `${i + 1}. ${bare(item.title)}`;
    out.push(body(first ? [{ text: `${title}: `, italics: true }, { text: sentence(first) }] : [{ text: `${title}.`, italics: true }]));
    rest.forEach((l) => out.push(body(sentence(l))));
  });

  out.push(heading('III. Ý KIẾN THẢO LUẬN'));
  const discussed = doc.items.map((item, i) => ({ item, n: i + 1 })).filter(({ item }) => item.speeches.length > 0);
  if (!discussed.length) out.push(body('- Không có ý kiến thảo luận.'));
  for (const { item, n } of discussed) {
    out.push(subheading(`${n}. ${bare(item.title)}`));
    for (const s of item.speeches) {
      out.push(body([{ text: `- Đồng chí ${s.speaker}: ` }, { text: sentence(s.gist) }]));
    }
  }

  // 4. Voting.
  out.push(heading('IV. BIỂU QUYẾT'));
  if (!doc.votes.length) out.push(body('- Không có nội dung biểu quyết.'));
  doc.votes.forEach((v, i) => {
    out.push(subheading(`${i + 1}. ${bare(v.subject)}`));
    out.push(
      body(
        `- Hình thức: ${VOTE_METHOD_LABEL[v.method]}. Đảng viên chính thức được triệu tập tính biểu quyết: ${v.base}.`,
      ),
    );
    out.push(
      body([
        {
          text:
            `- Tán thành: ${v.for}/${v.base} (${formatPercent(v.for, v.base)}); ` +
            `không tán thành: ${v.against}; ý kiến khác: ${v.other}. Kết quả: `,
        },
        { text: v.passed ? 'Thông qua.' : 'Không thông qua.', bold: true },
      ]),
    );
  });
  if (doc.resolutionNote) out.push(body([{ text: `- ${doc.resolutionNote}`, bold: true }]));

  // 5. Conclusions and tasks.
  out.push(heading('V. KẾT LUẬN CỦA CHỦ TRÌ'));
  const concluded = doc.items.map((item, i) => ({ item, n: i + 1 })).filter(({ item }) => item.conclusion?.trim());
  for (const { item, n } of concluded) {
    const [first, ...rest] = lines(item.conclusion ?? '');
    out.push(body([{ text: `${n}. ${bare(item.title)}: `, italics: true }, { text: sentence(first) }]));
    rest.forEach((l) => out.push(body(sentence(l))));
  }
  if (doc.tasks.length) {
    out.push(subheading('Phân công thực hiện:'));
    doc.tasks.forEach((t) => out.push(body(`- ${taskLine(t)}`)));
  }
  if (!concluded.length && !doc.tasks.length) out.push(body('- Không có.'));

  // Quality self-assessment.
  if (doc.score) {
    const s = doc.score;
    out.push(heading('VI. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT'));
    out.push(
      body(
        `- Chi bộ tự chấm: ${formatNumber(s.total)}/${formatNumber(s.maxPoints)} — xếp loại ${s.levelLabel} ` +
          `(theo ${bare(s.schemeName)}, phiên bản ${s.schemeVersion}).`,
      ),
    );
    if (s.confirmation) out.push(body(`- ${confirmationLine(s.confirmation)}`));
  }

  // Closing.
  const end = doc.endTime ? formatTime(doc.endTime) : '…… giờ …… phút';
  out.push(
    body(
      `Buổi sinh hoạt kết thúc lúc ${end} cùng ngày. Biên bản đã được đọc lại cho các đồng chí dự họp nghe ` +
        'và nhất trí thông qua.',
      { spaceBefore: 6, keepWithNext: true },
    ),
  );

  return {
    meta: {
      title: `Biên bản ${doc.title.toLocaleLowerCase('vi')}`,
      subject: doc.number,
      author: doc.issuer.unitName,
      date: doc.date,
    },
    draft: !doc.approved,
    header: {
      parentName: doc.issuer.parentName,
      unitName: doc.issuer.unitName,
      number: doc.number,
      placeDate: placeDateLine(doc.issuer.place, doc.date),
    },
    docType: 'BIÊN BẢN',
    titleLines: [
      p(titleText(doc.title), { bold: true, align: 'center' }),
      ...(doc.topic?.trim() ? [p(titleText(`Chuyên đề: “${bare(doc.topic)}”`), { bold: true, align: 'center' })] : []),
      ...revisionLine(doc.version),
    ],
    body: out,
    footer: {
      left: signatureColumn(['THƯ KÝ'], doc.recorder.name),
      right: signatureColumn(['CHỦ TRÌ'], doc.chair.name),
    },
  };
}

export function composeResolution(doc: ResolutionDoc): Layout {
  const out: Para[] = [];
  lines(doc.intro).forEach((l) => out.push(body(l)));
  out.push(body([{ text: 'Chi bộ thống nhất:', bold: true }], { spaceBefore: 3, keepWithNext: true }));

  const thematic = doc.meetingType === 'thematic';
  const period = doc.periodDate ?? doc.date;
  const resultsHeading = thematic ? 'NỘI DUNG CHUYÊN ĐỀ' : `KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG ${monthYear(period, -1)}`;
  const tasksHeading = thematic ? 'NHIỆM VỤ, GIẢI PHÁP' : `NHIỆM VỤ THÁNG ${monthYear(period)}`;
  out.push(heading(`I. ${doc.resultsHeading?.trim() || resultsHeading}`));
  if (thematic) {
    // A thematic resolution states what the cell agreed on the topic; strengths and weaknesses of a month do not apply.
    if (!doc.results.length && !doc.shortcomings.length && doc.topic?.trim()) {
      out.push(body(`- Chi bộ nghiên cứu, thảo luận chuyên đề “${bare(doc.topic)}”.`));
    }
    doc.results.forEach((r) => out.push(body(`- ${sentence(r)}`)));
    if (doc.shortcomings.length) {
      out.push(subheading('Hạn chế'));
      doc.shortcomings.forEach((r) => out.push(body(`- ${sentence(r)}`)));
    }
  } else {
    if (doc.results.length) {
      out.push(subheading('1. Ưu điểm'));
      doc.results.forEach((r) => out.push(body(`- ${sentence(r)}`)));
    }
    if (doc.shortcomings.length) {
      out.push(subheading(`${doc.results.length ? 2 : 1}. Hạn chế`));
      doc.shortcomings.forEach((r) => out.push(body(`- ${sentence(r)}`)));
    }
  }

  out.push(heading(`II. ${doc.tasksHeading?.trim() || tasksHeading}`));
  if (!doc.tasks.length) out.push(body('- Không có.'));
  doc.tasks.forEach((t, i) => {
    const due = t.due?.trim() ? `; thời hạn: ${formatDue(t.due.trim())}` : '';
    out.push(
      body([
        { text: `${i + 1}. ${sentence(bare(t.content))} ` },
        { text: `Phụ trách: ${bare(t.assignee)}${due}.`, italics: true },
      ]),
    );
  });

  out.push(heading('III. TỔ CHỨC THỰC HIỆN'));
  doc.implementation.forEach((r) => out.push(body(`- ${sentence(r)}`)));

  out.push(
    body(
      `Nghị quyết được ${doc.vote.for}/${doc.vote.base} đồng chí đảng viên chính thức tán thành ` +
        `(${formatPercent(doc.vote.for, doc.vote.base)}).`,
      { spaceBefore: 6, keepWithNext: true },
    ),
  );

  const recipients = doc.recipients.map((r, i) => {
    const last = i === doc.recipients.length - 1;
    return p(`- ${bare(r)}${last ? '.' : ','}`, { size: 'small', keepWithNext: !last });
  });

  return {
    meta: { title: `Nghị quyết ${bare(doc.title)}`, subject: doc.number, author: doc.issuer.unitName, date: doc.date },
    draft: doc.approved === false,
    header: {
      parentName: doc.issuer.parentName,
      unitName: doc.issuer.unitName,
      number: doc.number,
      placeDate: placeDateLine(doc.issuer.place, doc.date),
    },
    docType: 'NGHỊ QUYẾT',
    titleLines: [p(titleText(doc.title), { bold: true, align: 'center' }), ...revisionLine(doc.version)],
    body: out,
    footer: {
      left: [p('Nơi nhận:', { underline: true, keepWithNext: true }), ...recipients],
      right: signatureColumn([doc.signOnBehalf, doc.signer.title], doc.signer.name),
    },
  };
}

/**
 * Builds the opening paragraph of the resolution from the minutes:
 * "Ngày 10/01/2022, Chi bộ bản Phiêng Lơi tổ chức sinh hoạt thường kỳ tháng 01 năm 2022 để đánh giá
 * kết quả thực hiện nhiệm vụ tháng 12/2021, đề ra phương hướng, nhiệm vụ tháng 01/2022. Có mặt 20/21
 * đồng chí đảng viên phải dự sinh hoạt (chính thức 19, dự bị 1); đồng chí …, Bí thư Chi bộ chủ trì;
 * dự họp có đồng chí …, Đảng ủy viên phụ trách chi bộ."
 *
 * @param unitLabel the unit in sentence case ('Chi bộ bản Phiêng Lơi'): proper nouns cannot be
 *   recovered from the upper-case issuer name.
 * @param purpose replaces the default purpose clause ("để …", without the leading "để").
 */
export function composeResolutionIntro(m: MinutesDoc, opts: { unitLabel: string; purpose?: string }): string {
  const a = m.attendance;
  const month = monthYearWords(m.date);
  const topic = m.topic?.trim() ? ` “${bare(m.topic)}”` : '';
  const kind: Record<MinutesDoc['meetingType'], string> = {
    regular: `sinh hoạt thường kỳ ${month}`,
    thematic: `sinh hoạt chuyên đề${topic}`,
    combined: `sinh hoạt thường kỳ ${month} kết hợp sinh hoạt chuyên đề${topic}`,
    expanded: `sinh hoạt mở rộng ${month}`,
    extraordinary: 'sinh hoạt bất thường',
  };
  const defaultPurpose =
    m.meetingType === 'regular' || m.meetingType === 'combined' || m.meetingType === 'expanded'
      ? `đánh giá kết quả thực hiện nhiệm vụ tháng ${monthYear(m.date, -1)}, đề ra phương hướng, nhiệm vụ tháng ${monthYear(m.date)}`
      : undefined;
  const purpose = opts.purpose?.trim() ? bare(opts.purpose) : defaultPurpose;
  const summoned = a.total - a.exempt;
  const upper = a.upperLevel.length ? `; dự họp có ${a.upperLevel.map(comrade).join('; ')}` : '';
  return (
    `Ngày ${formatDate(m.date)}, ${opts.unitLabel} tổ chức ${kind[m.meetingType]}${purpose ? ` để ${purpose}` : ''}. ` +
    `Có mặt ${a.present}/${summoned} đồng chí đảng viên phải dự sinh hoạt (chính thức ${a.presentOfficial}, ` +
    `dự bị ${a.presentProbationary}); ${comrade(m.chair)} chủ trì${upper}.`
  );
}
