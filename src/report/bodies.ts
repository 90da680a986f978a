/**
 * The province's bodies as an English report names them ("UBND tỉnh Lạng Sơn" → "Lang Son Provincial People's
 * Committee", "Sở Tài chính" → "Department of Finance"): the English report's header and subtitle stood in
 * Vietnamese (trial 24, 8). A name it does not know is kept as typed; a decision's number is never translated.
 */

import { foldText, withoutDiacritics, type Lang } from "../core";

/** The departments and offices that lead the targets, by their folded Vietnamese name. */
const AGENCIES: Record<string, string> = {
  "so tai chinh": "Department of Finance",
  "so ke hoach va dau tu": "Department of Planning and Investment",
  "so van hoa, the thao va du lich": "Department of Culture, Sports and Tourism",
  "so cong thuong": "Department of Industry and Trade",
  "so nong nghiep va phat trien nong thon": "Department of Agriculture and Rural Development",
  "so nong nghiep va moi truong": "Department of Agriculture and Environment",
  "so giao thong van tai": "Department of Transport",
  "so xay dung": "Department of Construction",
  "so giao duc va dao tao": "Department of Education and Training",
  "so y te": "Department of Health",
  "so lao dong - thuong binh va xa hoi": "Department of Labour, Invalids and Social Affairs",
  "so noi vu": "Department of Home Affairs",
  "so tai nguyen va moi truong": "Department of Natural Resources and Environment",
  "cong an tinh": "Provincial Police",
  "cuc thue": "Tax Department",
  "cuc hai quan": "Customs Department",
  "cuc thong ke": "Statistics Office",
  "bao hiem xa hoi tinh": "Provincial Social Insurance",
};

/** A place's name without diacritics, as English texts write it: "Lạng Sơn" → "Lang Son". */
export function placeInEnglish(place: string): string {
  return withoutDiacritics(place).normalize("NFC");
}

const COMMITTEE = /^(?:ubnd|uy ban nhan dan)\s+(tinh|huyen|thanh pho|thi xa)\s+/;
const LEVEL: Record<string, string> = {
  tinh: "Provincial",
  huyen: "District",
  "thanh pho": "City",
  "thi xa": "Town",
};

/** A body's name in the report's language: as typed in Vietnamese; in English when known, else as typed. */
export function bodyName(name: string, lang: Lang): string {
  const typed = name.trim().replace(/\s+/g, " ");
  if (lang === "vi") return typed;
  const folded = foldText(typed);
  const known = AGENCIES[folded];
  if (known) return known;
  const committee = COMMITTEE.exec(folded);
  if (!committee) return typed;
  // The place as typed, after as many words as the folded prefix has ("UBND tỉnh " is two).
  const place = typed.split(" ").slice(committee[0].trim().split(" ").length).join(" ");
  return `${placeInEnglish(place)} ${LEVEL[committee[1]]} People's Committee`;
}
