/**
 * The page's main-thread work before it was ready, from a Chromium trace: the thread time (CPU, not wall time) of
 * the renderer's top-level tasks up to the ready frame, and the part of it spent on style and layout. Thread time
 * barely moves when the machine is busy, where the wall-clock medians move by 10 % and more from run to run, so
 * it shows changes of a few milliseconds that one run of the timed loads cannot.
 */

const MARK = "bench:pane cpu mark";
const CATEGORIES = ["devtools.timeline", "toplevel"];

/** Script for page.addInitScript, after probe(): marks the trace (console.timeStamp) when the probe says ready. */
function marker(prefix) {
  return `(() => {
    const log = console.log.bind(console);
    console.log = (...args) => {
      if (String(args[0]).startsWith(${JSON.stringify(prefix)})) console.timeStamp(${JSON.stringify(MARK)});
      log(...args);
    };
  })();`;
}

/** The trace event marker() left when the page was ready, or undefined. */
function markOf(events) {
  return events.find((e) => e.name === "TimeStamp" && JSON.stringify(e.args ?? {}).includes(MARK));
}

/** The complete events of the ready page's main thread up to the ready mark. */
function beforeMark(events, mark) {
  return events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === "X" && e.ts <= mark.ts);
}

/** { cpu, styleLayout } in ms from a trace's JSON (browser.stopTracing()), or undefined without the mark. */
function mainThreadWork(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const mark = markOf(events);
  if (!mark) return undefined;
  const before = beforeMark(events, mark);
  const ms = (list) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  return {
    cpu: ms(before.filter((e) => e.name === "ThreadControllerImpl::RunTask")),
    styleLayout: ms(before.filter((e) => e.name === "Layout" || e.name === "UpdateLayoutTree")),
  };
}

module.exports = { CATEGORIES, marker, markOf, beforeMark, mainThreadWork };
