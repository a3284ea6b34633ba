/**
 * Input data for the generated meeting documents (minutes = biên bản, resolution = nghị quyết).
 *
 * Plain data only: no database access here. The meetings service fills these objects; the
 * renderers in this folder turn them into PDF and DOCX following the party document format
 * (HD 36-HD/VPTW 2018) and the five parts of minutes (HD 16-HD/VPTW 2023); see
 * the cell templates in common use for the skeletons.
 *
 * Conventions for every string field:
 * - dates are ISO calendar dates 'YYYY-MM-DD' (rendered as dd/MM/yyyy or "ngày dd tháng MM năm yyyy");
 * - times are 'HH:mm' (rendered as "19 giờ 30 phút");
 * - texts are given in their final case and wording (the renderer does not change case, except
 *   where noted); multi-line texts (`\n`) become separate paragraphs.
 */

/** The issuing body shown at the top left, and the place used in the date line. */
export type Issuer = {
  /** Direct upper level, upper case: 'ĐẢNG BỘ XÃ THANH MINH'. */
  parentName: string;
  /** The issuing unit, upper case: 'CHI BỘ BẢN PHIÊNG LƠI'. */
  unitName: string;
  /** Place for the date line: 'Thanh Minh' → "Thanh Minh, ngày 10 tháng 01 năm 2022". */
  place: string;
};

/** A person with a function, e.g. { name: 'Lường Văn Trường', title: 'Bí thư Chi bộ' }. */
export type PersonWithTitle = { name: string; title: string };

/**
 * A task assigned at the meeting.
 * `assignee` is a person or a unit ('Chi hội Phụ nữ', 'đồng chí Lò Văn A');
 * `due` is 'YYYY-MM-DD' (other strings, e.g. 'thường xuyên', are printed as given).
 */
export type TaskItem = { content: string; assignee: string; due?: string };

export type MeetingType = 'regular' | 'thematic' | 'combined' | 'expanded' | 'extraordinary';

export type VoteMethod = 'show_of_hands' | 'ballot' | 'electronic';

export type MinutesDoc = {
  issuer: Issuer;
  /** Already formatted: 'Số 01-BB/CB'. */
  number: string;
  /** Meeting date (also the document date), 'YYYY-MM-DD'. */
  date: string;
  meetingType: MeetingType;
  /** Already composed, upper case: 'SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2022'. */
  title: string;
  /** Topic of a thematic meeting; printed under the title as "Chuyên đề: “…”". */
  topic?: string;
  /** 'HH:mm'. */
  startTime: string;
  /** 'HH:mm'; when missing (draft) the closing sentence leaves a blank to fill by hand. */
  endTime?: string;
  /** 'Nhà văn hóa bản Phiêng Lơi'. */
  location: string;
  /** Title in sentence case as it follows the name: 'Bí thư Chi bộ'. */
  chair: PersonWithTitle;
  recorder: PersonWithTitle;
  /** Documents used at the meeting (HD 16 part 1), e.g. 'Nghị quyết số 12-NQ/ĐU …'. Optional. */
  documents?: string[];
  attendance: {
    /** Members of the cell: total = official + probationary; `exempt` are among them. */
    total: number;
    official: number;
    probationary: number;
    /** Members exempted from attending (miễn sinh hoạt). */
    exempt: number;
    present: number;
    presentOfficial: number;
    presentProbationary: number;
    absentExcused: { name: string; reason: string }[];
    absentUnexcused: { name: string }[];
    /** Upper-level committee members attending: { name, title: 'Đảng ủy viên phụ trách chi bộ' }. */
    upperLevel: PersonWithTitle[];
    /**
     * Guests. With a name: "đồng chí {name}, {title}"; with an empty name the entry is an
     * organisation's representative: "đại diện {title}" (title = 'Chi hội Phụ nữ').
     */
    guests: PersonWithTitle[];
  };
  /** Agenda items in order; speeches are listed under the item they were made on. */
  items: {
    title: string;
    content: string;
    speeches: { speaker: string; gist: string }[];
    /** The chair's conclusion on this item (part V). */
    conclusion?: string;
  }[];
  votes: {
    subject: string;
    method: VoteMethod;
    /** Official members summoned who count for the vote (the denominator). */
    base: number;
    for: number;
    against: number;
    other: number;
    passed: boolean;
  }[];
  tasks: TaskItem[];
  /**
   * Printed under part IV when the meeting gives no resolution: the resolution vote failed, or the cell
   * issues none this month. Absent when the resolution was adopted.
   */
  resolutionNote?: string;
  /** Quality self-assessment (part VI); the section is left out when missing. */
  score?: {
    total: number;
    /** The scheme's full marks (100 for the standard scheme; a unit's own scheme may differ). */
    maxPoints: number;
    levelLabel: string;
    schemeName: string;
    schemeVersion: number;
    /**
     * The upper-level committee member's confirmation of the score, printed as a line of part VI
     * (who, when, whether they attended the meeting). Given before approval, it is part of the approved text;
     * given after, the approved text stays as it was and the confirmation is an addendum to it.
     */
    confirmation?: ScoreConfirmation;
  };
  /** false → a "DỰ THẢO" mark at the top of every page. */
  approved: boolean;
  /** 1 for the original; N > 1 adds the line "Bản điều chỉnh lần N−1" under the title. */
  version: number;
};

/** Who confirmed a meeting's score and when. */
export type ScoreConfirmation = {
  /** Full name ('Tòng Văn Khay'). */
  name: string;
  /** Sentence case, as it follows the name: 'Đảng ủy viên phụ trách chi bộ'. */
  title: string;
  /** 'YYYY-MM-DD' (Vietnam date of the confirmation). */
  date: string;
  /** false: the confirmer was not at the meeting and confirmed from the minutes; the line says so. */
  attended: boolean;
  /** Why a leader confirmed in place of the committee member in charge (none of them attended). */
  reason?: string;
};

export type ResolutionDoc = {
  issuer: Issuer;
  /** Already formatted: 'Số 01-NQ/CB'. */
  number: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /**
   * 'YYYY-MM-DD' of the month the meeting belongs to: its original date when it was moved into another month
   * (the headings "… THÁNG mm/yyyy" follow it). Defaults to `date`.
   */
  periodDate?: string;
  /** Trích yếu, sentence case: 'về lãnh đạo thực hiện nhiệm vụ tháng 01 năm 2022'. */
  title: string;
  /** Opening paragraph; see composeResolutionIntro() for a helper that builds it from the minutes. */
  intro: string;
  /**
   * Kind of meeting that passed it. 'thematic' changes the defaults of a thematic resolution: part I
   * "NỘI DUNG CHUYÊN ĐỀ" (results printed as they are, without the "Ưu điểm" sub-heading; the topic
   * when there are none), part II "NHIỆM VỤ, GIẢI PHÁP". Other kinds, or none: the monthly defaults.
   */
  meetingType?: MeetingType;
  /** Topic of a thematic meeting (see meetingType). */
  topic?: string;
  /**
   * Heading of part I without the numeral; default 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG {previous month}/{yyyy}'
   * ('NỘI DUNG CHUYÊN ĐỀ' for a thematic meeting).
   */
  resultsHeading?: string;
  /** Heading of part II without the numeral; default 'NHIỆM VỤ THÁNG {month}/{yyyy}' of `date` ('NHIỆM VỤ, GIẢI PHÁP' for a thematic meeting). */
  tasksHeading?: string;
  /** Highlights of the past period (printed under "1. Ưu điểm"). */
  results: string[];
  /** Shortcomings (printed under "2. Hạn chế"; left out when empty). */
  shortcomings: string[];
  tasks: TaskItem[];
  /** Part III: assignments to committee members, members, partner units. */
  implementation: string[];
  /** Official members approving / official members summoned. */
  vote: { for: number; base: number };
  /** { name: 'Lường Văn Trường', title: 'BÍ THƯ' } (title upper case). */
  signer: PersonWithTitle;
  /** 'T/M CHI BỘ' or 'T/M CHI ỦY' (a setting). */
  signOnBehalf: string;
  /** 'Đảng ủy xã (để báo cáo)'; the renderer adds "- " and the closing ','/'.'. */
  recipients: string[];
  /** Default true; false → "DỰ THẢO" mark, as for minutes. */
  approved?: boolean;
  /** Default 1; N > 1 adds "Bản điều chỉnh lần N−1" under the title. */
  version?: number;
};
