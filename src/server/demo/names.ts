// Believable names, with their diacritics (NFC), by naming tradition.
import type { Rng } from './random';
import type { Ethnicity } from './story';

type Gender = 'male' | 'female';

const THAI = {
  family: ['Lò', 'Lường', 'Quàng', 'Cà', 'Tòng', 'Điêu', 'Lù', 'Vì', 'Hoàng', 'Bạc', 'Cầm'],
  familyWeights: [14, 12, 12, 9, 8, 5, 6, 8, 5, 3, 6],
  middle: { male: ['Văn'], female: ['Thị'] },
  given: {
    male: ['Chiến', 'Khay', 'Ún', 'Xuân', 'Thanh', 'Khăm', 'Piếng', 'Sơn', 'Hùng', 'Tiến', 'Quyết', 'Thắng', 'Hặc',
      'Phăn', 'Bun', 'Ính', 'Kim', 'Pâng', 'Siêng', 'Tường', 'Hoài', 'Duẩn', 'Ngoan', 'Ơn', 'Lả', 'Hiêng', 'Cương', 'Thưởng',
      'Biên', 'Minh', 'Tuấn', 'Bình', 'Pọm', 'Sinh', 'Khánh', 'Phóng', 'Toản', 'Hoan'],
    female: ['Thoan', 'Hương', 'Hoa', 'Ngọc', 'Sương', 'Xuân', 'Thanh', 'Ún', 'Bún', 'Ọn', 'Pánh', 'Phương', 'Inh', 'Yến',
      'Hiên', 'Thẳm', 'Dung', 'Lan', 'Oanh', 'Thương', 'Kim', 'Pọm', 'Nhất', 'Ỏn', 'Lả', 'Liên', 'Mai', 'Hạnh', 'Xiêng'],
  },
};

const KINH = {
  family: ['Nguyễn', 'Trần', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Lê', 'Ngô'],
  familyWeights: [30, 12, 9, 8, 7, 6, 6, 5, 10, 4],
  middle: { male: ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Mạnh'], female: ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Hồng', 'Ngọc', 'Minh'] },
  given: {
    male: ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Thắng', 'Quân', 'Cường', 'Hiếu', 'Tùng', 'Sơn', 'Bình', 'Phong',
      'Khánh', 'Trung', 'Đạt', 'Hưng', 'Thành', 'Toàn', 'Lực', 'Huy', 'Tiến', 'Kiên', 'Vinh', 'Nghĩa', 'Đông'],
    female: ['Hà', 'Lan', 'Hương', 'Huyền', 'Trang', 'Ngọc', 'Thủy', 'Hằng', 'Mai', 'Nga', 'Phương', 'Thảo', 'Linh', 'Hạnh',
      'Yến', 'Dung', 'Loan', 'Nhung', 'Oanh', 'Vân', 'Hiền', 'Tuyết', 'Giang'],
  },
};

const MONG = {
  family: ['Giàng', 'Vàng', 'Sùng', 'Thào', 'Lý', 'Mùa'],
  familyWeights: [5, 5, 4, 4, 3, 2],
  middle: { male: ['A'], female: ['Thị'] },
  given: {
    male: ['Páo', 'Dình', 'Chứ', 'Sử', 'Nhìa', 'Lử', 'Tủa', 'Pó', 'Chồng', 'Chư'],
    female: ['Chía', 'Mỷ', 'Dợ', 'Pà', 'Sua', 'Máy', 'Dua', 'Mai'],
  },
};

function tradition(ethnicity: Ethnicity) {
  if (ethnicity === 'Kinh') return KINH;
  if (ethnicity === 'Mông') return MONG;
  return THAI; // Thái and Khơ Mú members in Thanh Minh carry Thai-style names
}

/** A full name in NFC, different from every name in `taken` (which it then joins). */
export function personName(rng: Rng, ethnicity: Ethnicity, gender: Gender, taken: Set<string>): string {
  const t = tradition(ethnicity);
  const weights = Object.fromEntries(t.family.map((f, i) => [f, t.familyWeights[i]])) as Record<string, number>;
  for (let attempt = 0; ; attempt++) {
    const family = rng.weighted(weights);
    const middle = rng.pick(t.middle[gender]);
    let given = rng.pick(t.given[gender]);
    // Kinh names sometimes have a second middle name ("Nguyễn Thị Thu Trang"); after many clashes, add one.
    if (ethnicity === 'Kinh' && gender === 'female' && middle === 'Thị' && (attempt > 20 || rng.chance(0.15))) {
      given = `${rng.pick(['Thu', 'Thanh', 'Minh', 'Hồng', 'Kim'])} ${given}`;
    }
    const name = `${family} ${middle} ${given}`.normalize('NFC');
    if (!taken.has(name) || attempt > 200) {
      taken.add(name);
      return name;
    }
  }
}
