/** Realistic figures for the 6-month report, typed as staff type them, to try the add-in without Excel. */

import type { CellValue } from "../core";

/** code → [Thực hiện, Ước thực hiện cả năm], with a number format where the cell has one. */
export const SAMPLE_H1: Record<string, [CellValue | { value: number; numberFormat: string }, CellValue?]> = {
  "01": ["6,25", "7,1"],
  "02.1": [22.8],
  "02.2": [24.6],
  "02.3": [47.9],
  "02.4": [4.7],
  "03": [null, 64],
  "04": ["17,9"],
  "05.1": ["2.150"],
  "05.2": [1980],
  "06.1": [2480],
  "06.2": ["8,3"],
  "07.1": [3950],
  "07.1.1": [1150],
  "07.1.2": [2800],
  "07.2": [6800],
  "08": [3],
  "09.1": [{ value: 0.968, numberFormat: "0.0%" }],
  "10": [6],
  "11": ["76,1%"],
  "12.1": [100],
  "12.4": ["94,5"],
  "13.1": [63.5],
  "14": ["1,2"],
  "15.1.1": [6.2],
  "15.1.2": [4.1],
  "15.1.3": [7],
  "15.2": ["N/A"],
  "16.1": [5100],
};
