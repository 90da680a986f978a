/**
 * The moment a pane is ready, taken inside the page: a check on every animation frame from the document's start,
 * which logs performance.now() (ms since navigation began) at the first frame where the pane shows its text and
 * its button can be pressed. Two things this avoids:
 * - Playwright's own waits poll from Node with a growing back-off (0, 20, 50, 100, 100, 500 ms…), so timing them
 *   from outside rounds a load up to the next poll: a pane ready 300 ms after the load event counted as ~770 ms;
 * - any wait that evaluates in the page makes Playwright inject its own script first (10–20 ms of the page's main
 *   thread), charged to whichever pane was still starting. The probe's answer comes as a console message instead.
 */

const PREFIX = "bench:pane ready at ";

/** Script for page.addInitScript: a #pane heading (or any element) reads `text`, and its button `button` can be pressed. */
function probe({ text, heading, button }) {
  return `(() => {
    const selector = ${JSON.stringify(heading ? "h1, h2, h3" : "*")};
    const matches = ${heading ? "(el) => el.textContent.trim() === TEXT" : "(el) => el.childElementCount === 0 && el.textContent.includes(TEXT)"};
    const TEXT = ${JSON.stringify(text)};
    const shown = (el) => el.getClientRects().length > 0;
    const ready = () => {
      const pane = document.getElementById("pane");
      if (!pane) return false;
      // Cheap tests first: the layout is asked for (getClientRects) only once both are in the document.
      const label = [...pane.querySelectorAll(selector)].find(matches);
      const press = [...pane.querySelectorAll("button")].find(
        (b) => b.textContent.trim() === ${JSON.stringify(button)} && !b.disabled && b.getAttribute("aria-disabled") !== "true"
      );
      return Boolean(label && press && shown(label) && shown(press));
    };
    const check = () => {
      if (ready()) console.log(${JSON.stringify(PREFIX)} + performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

/** Resolves with the ms since navigation began at which `page` logged its readiness; call before page.goto. */
function readyAt(page, timeout = 30_000) {
  return page
    .waitForEvent("console", { predicate: (m) => m.text().startsWith(PREFIX), timeout })
    .then((m) => Number(m.text().slice(PREFIX.length)));
}

module.exports = { PREFIX, probe, readyAt };
