/** Loads a catalogue: checks it against its JSON Schema and against what a schema cannot say. */

import type { ErrorObject } from "ajv";
// Compiled from assets/catalogues/catalogue.schema.json ahead of time (npm run compile:schema), so that
// the task pane does not ship Ajv's compiler; a test fails when it no longer matches the schema.
import validateSchema from "./catalogueSchema.generated";
import { problem, type Problem } from "./messages";
import { DEFAULT_PLAUSIBILITY } from "./plausibility";
import { parseTarget, targetFitsKind } from "./targets";
import type { Catalogue, CatalogueFile, Indicator, LeadAgency } from "./types";

export type CatalogueLoad = { ok: true; catalogue: Catalogue } | { ok: false; problems: Problem[] };

/** Parses and loads a catalogue from the text of its JSON file. */
export function parseCatalogue(text: string): CatalogueLoad {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [problem("catalogue.notJson", { detail: (e as Error).message })] };
  }
  return loadCatalogue(data);
}

/** Checks a parsed catalogue and indexes it; returns every problem found, not just the first. */
export function loadCatalogue(data: unknown): CatalogueLoad {
  if (!validateSchema(data)) {
    return { ok: false, problems: schemaProblems(validateSchema.errors ?? []) };
  }
  return loadSchemaValidCatalogue(data as CatalogueFile);
}

/** Checks what a JSON Schema cannot say of a file that passed the schema, then indexes it. */
export function loadSchemaValidCatalogue(file: CatalogueFile): CatalogueLoad {
  const problems = semanticProblems(file);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalogue: indexCatalogue(file) };
}

function schemaProblems(errors: ErrorObject[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // "if" only says which branch failed; the branch's own error says what is wrong.
    if (e.keyword === "if") continue;
    const argument = schemaArgument(e);
    const path = e.instancePath;
    const id = `${path}|${e.keyword}|${argument}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem("catalogue.schema", { path, keyword: e.keyword, detail: e.message ?? e.keyword, argument }));
  }
  return problems;
}

function schemaArgument(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return String(p.missingProperty);
    case "additionalProperties":
      return String(p.additionalProperty);
    case "type":
      return String(p.type);
    case "enum":
      return (p.allowedValues as unknown[]).join(", ");
    case "const":
      return String(p.allowedValue);
    case "minItems":
    case "minimum":
    case "maximum":
      return String(p.limit);
    default:
      return "";
  }
}

function semanticProblems(file: CatalogueFile): Problem[] {
  const problems: Problem[] = [];
  const byCode = new Map<string, Indicator>();
  for (const indicator of file.indicators) {
    if (byCode.has(indicator.code)) problems.push(problem("catalogue.duplicateCode", { code: indicator.code }));
    else byCode.set(indicator.code, indicator);
  }
  const hasParts = new Set<string>();
  for (const indicator of file.indicators) {
    const { code } = indicator;
    if (indicator.parent !== undefined) {
      const parent = byCode.get(indicator.parent);
      if (!parent) problems.push(problem("catalogue.unknownParent", { code, parent: indicator.parent }));
      else if (parent.kind !== "heading" && parent.kind !== "allOf") {
        problems.push(problem("catalogue.parentNotGroup", { code, parent: indicator.parent }));
      } else hasParts.add(parent.code);
    }
    const target = indicator.target;
    if (!target) continue;
    if (target.min > target.max) {
      problems.push(problem("catalogue.minAboveMax", { code, min: target.min, max: target.max }));
    }
    const parsed = parseTarget(target.text);
    if (!parsed.ok) {
      problems.push(problem("catalogue.targetText", { code, reason: parsed.problem }));
      continue;
    }
    if (parsed.target.min !== target.min || parsed.target.max !== target.max) {
      problems.push(
        problem("catalogue.targetMismatch", {
          code,
          text: target.text,
          min: target.min,
          max: target.max,
          parsedMin: parsed.target.min,
          parsedMax: parsed.target.max,
        })
      );
    }
    if (!targetFitsKind(parsed.target.direction, indicator.kind)) {
      problems.push(problem("catalogue.targetKindMismatch", { code, text: target.text, kind: indicator.kind }));
    }
  }
  for (const indicator of file.indicators) {
    if (indicator.kind === "allOf" && !hasParts.has(indicator.code)) {
      problems.push(problem("catalogue.allOfWithoutParts", { code: indicator.code }));
    }
  }
  const thresholds = [
    { path: "/plausibility", value: file.plausibility },
    ...file.indicators.map((indicator, i) => ({
      path: `/indicators/${i}/plausibility`,
      value: indicator.plausibility,
    })),
  ];
  for (const { path, value } of thresholds) {
    // Each threshold may fall back to the catalogue's or the default; the pair that applies must make a band.
    const below = value?.farBelowPercent ?? file.plausibility?.farBelowPercent ?? DEFAULT_PLAUSIBILITY.farBelowPercent;
    const above = value?.farAbovePercent ?? file.plausibility?.farAbovePercent ?? DEFAULT_PLAUSIBILITY.farAbovePercent;
    if (value !== undefined && below >= above)
      problems.push(problem("catalogue.plausibilityOrder", { path, below, above }));
  }
  const ruleIds = new Set<string>();
  for (const rule of file.rules) {
    if (ruleIds.has(rule.id)) problems.push(problem("catalogue.duplicateRule", { rule: rule.id }));
    ruleIds.add(rule.id);
    const named = rule.equalsCode === undefined ? rule.of : [...rule.of, rule.equalsCode];
    for (const code of named) {
      if (!byCode.has(code)) problems.push(problem("catalogue.ruleUnknownCode", { rule: rule.id, code }));
    }
  }
  return problems;
}

const scoped = new WeakMap<Catalogue, Map<LeadAgency, Catalogue>>();

/**
 * The catalogue as one lead agency's own workbook holds it (a split, src/round/split.ts): the rows the agency leads,
 * and the sum rules whose every row it leads. Its workbook is judged on these alone: the other agencies' rows are
 * not missing from it, and its counts are its own. The same object for the same agency, so plans are built once.
 */
export function agencyCatalogue(catalogue: Catalogue, agency: LeadAgency): Catalogue {
  let byAgency = scoped.get(catalogue);
  if (!byAgency) scoped.set(catalogue, (byAgency = new Map()));
  let own = byAgency.get(agency);
  if (!own) {
    const indicators = catalogue.indicators.filter((i) => i.lead.includes(agency));
    const codes = new Set(indicators.map((i) => i.code));
    const rules = catalogue.rules.filter(
      (r) => r.of.every((c) => codes.has(c)) && (r.equalsCode === undefined || codes.has(r.equalsCode))
    );
    own = indexCatalogue({ ...catalogue, indicators, rules });
    byAgency.set(agency, own);
  }
  return own;
}

/**
 * Indexes a catalogue file without checking it: only for a file the tests have loaded through loadCatalogue,
 * such as the one shipped inside the bundles (src/ui/shippedCatalogue.ts).
 */
export function indexCatalogue(file: CatalogueFile): Catalogue {
  const byCode = new Map<string, Indicator>();
  const children = new Map<string, Indicator[]>();
  const agencies = new Set<LeadAgency>();
  for (const indicator of file.indicators) {
    byCode.set(indicator.code, indicator);
    if (indicator.parent !== undefined) {
      const list = children.get(indicator.parent);
      if (list) list.push(indicator);
      else children.set(indicator.parent, [indicator]);
    }
    if (indicator.kind !== "heading") for (const agency of indicator.lead) agencies.add(agency);
  }
  return { ...file, byCode, children, leadAgencies: [...agencies] };
}
