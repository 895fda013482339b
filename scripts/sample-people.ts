// The fictional commune's officials, shared by the two sample workbooks of assets/: the tracking sheet
// (scripts/make-sample.ts) and the officials' list for `npm run template` (scripts/make-officials.ts).

/** Set by hand, not drawn: every criterion met (`allMet`) and the number of initiatives (`sangKien`). */
export type Fixed = { allMet?: boolean; sangKien?: number };
export type Person = [string, string, string, string, number[], Fixed?];
// name, gender, title, sector, which criteria groups (1-based) apply, what is set by hand
export const PEOPLE: [string, Person[]][] = [
  [
    "I. KHỐI CHÍNH QUYỀN",
    [
      ["Nguyễn Văn Hùng", "Nam", "Chủ tịch UBND", "Lãnh đạo UBND", [1, 11, 12, 14, 15]],
      ["Trần Thị Mai", "Nữ", "Phó Chủ tịch UBND", "Lãnh đạo UBND", [1, 11, 12, 14, 15], { allMet: true, sangKien: 2 }], // first place
      ["Lê Minh Tuấn", "Nam", "Công chức Văn phòng - thống kê", "Văn phòng - thống kê", [1, 4, 6, 7, 11, 12, 13, 14, 15]],
      ["Phạm Thị Hoa", "Nữ", "Công chức Tư pháp - hộ tịch", "Tư pháp - hộ tịch", [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15]],
      ["Hoàng Văn Nam", "Nam", "Công chức Địa chính - xây dựng", "Địa chính - xây dựng", [1, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15]],
      ["Vũ Thị Lan", "Nữ", "Công chức Tài chính - kế toán", "Tài chính - kế toán", [1, 9, 11, 12, 14, 15]],
      ["Đặng Quốc Bảo", "Nam", "Công chức Văn hóa - xã hội", "Văn hóa - xã hội", [1, 3, 5, 6, 7, 8, 10, 11, 12, 14, 15]],
      ["Bùi Văn Thắng", "Nam", "Chỉ huy trưởng Quân sự", "Quân sự", [1, 11, 12, 14, 15]],
      ["Đỗ Thị Thu", "Nữ", "Công chức Tư pháp - hộ tịch", "Tư pháp - hộ tịch", [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15]],
      ["Ngô Văn Long", "Nam", "Công chức Địa chính - xây dựng", "Địa chính - xây dựng", [1, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15]],
      ["Dương Thị Hạnh", "Nữ", "Công chức Văn phòng - thống kê", "Văn phòng - thống kê", [1, 4, 6, 7, 11, 12, 13, 14, 15]],
      ["Lý Văn Phúc", "Nam", "Công chức Tài chính - kế toán", "Tài chính - kế toán", [1, 9, 11, 12, 14, 15]],
    ],
  ],
  [
    "II. KHỐI MẶT TRẬN, ĐOÀN THỂ",
    [
      // tied for the second (last) place: same criteria, all met, one initiative each; the woman is nominated
      ["Hồ Thị Ngọc", "Nữ", "Chủ tịch UB MTTQ", "Mặt trận Tổ quốc", [1, 3, 11, 14], { allMet: true, sangKien: 1 }],
      ["Trịnh Văn Khoa", "Nam", "Bí thư Đoàn TN", "Đoàn thể", [1, 3, 11, 14], { allMet: true, sangKien: 1 }],
      ["Mai Thị Hồng", "Nữ", "Chủ tịch Hội Phụ nữ", "Đoàn thể", [1, 3, 11, 14]],
      ["Tạ Văn Bình", "Nam", "Chủ tịch Hội Nông dân", "Đoàn thể", [1, 3, 11, 14]],
      ["Cao Văn Sơn", "Nam", "Chủ tịch Hội Cựu chiến binh", "Đoàn thể", [1, 3, 11, 14]],
    ],
  ],
];
