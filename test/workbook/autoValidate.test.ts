import { AutoValidator, BUSY } from "../../src/workbook/autoValidate";

describe("AutoValidator", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup() {
    let resolve: (() => void) | undefined;
    const runs: number[] = [];
    const validate = jest.fn(
      () =>
        new Promise<void>((r) => {
          runs.push(Date.now());
          resolve = r;
        })
    );
    const auto = new AutoValidator(validate, { delayMs: 800 });
    return { auto, validate, finish: () => resolve?.() };
  }

  test("a burst of edits is one validation, after the quiet time", async () => {
    const { auto, validate } = setup();
    for (let i = 0; i < 50; i++) {
      auto.changed();
      jest.advanceTimersByTime(100);
    }
    expect(validate).not.toHaveBeenCalled();
    jest.advanceTimersByTime(800);
    expect(validate).toHaveBeenCalledTimes(1);
  });

  test("edits during a validation lead to exactly one more, not a queue", async () => {
    const { auto, validate, finish } = setup();
    auto.changed();
    jest.advanceTimersByTime(800);
    expect(validate).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      auto.changed();
      jest.advanceTimersByTime(900);
    }
    expect(validate).toHaveBeenCalledTimes(1); // still running
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(validate).toHaveBeenCalledTimes(2);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(validate).toHaveBeenCalledTimes(2);
  });

  test("a failed validation does not stop the next one", async () => {
    const validate = jest.fn().mockRejectedValueOnce(new Error("busy")).mockResolvedValue(undefined);
    const auto = new AutoValidator(validate, { delayMs: 10 });
    auto.changed();
    jest.advanceTimersByTime(10);
    await Promise.resolve();
    await Promise.resolve();
    auto.changed();
    jest.advanceTimersByTime(10);
    expect(validate).toHaveBeenCalledTimes(2);
  });

  test("refused while the pane was busy: tried again after the quiet time until it runs", async () => {
    const validate = jest.fn().mockResolvedValueOnce(BUSY).mockResolvedValueOnce(BUSY).mockResolvedValue(undefined);
    const auto = new AutoValidator(validate, { delayMs: 800 });
    auto.changed();
    for (const calls of [1, 2, 3]) {
      jest.advanceTimersByTime(800);
      expect(validate).toHaveBeenCalledTimes(calls);
      await Promise.resolve();
      await Promise.resolve();
      await Promise.resolve();
    }
    jest.advanceTimersByTime(5000);
    expect(validate).toHaveBeenCalledTimes(3); // ran the third time: nothing more
  });

  test("nothing after stop", () => {
    const { auto, validate } = setup();
    auto.changed();
    auto.stop();
    auto.changed();
    jest.advanceTimersByTime(5000);
    expect(validate).not.toHaveBeenCalled();
  });
});

describe("AutoValidator.cancel (results cleared within the quiet time)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("the re-check that was due does not run; a later change is re-checked as usual", () => {
    const validate = jest.fn().mockResolvedValue(undefined);
    const auto = new AutoValidator(validate, { delayMs: 600 });
    auto.changed();
    jest.advanceTimersByTime(300);
    auto.cancel();
    jest.advanceTimersByTime(5000);
    expect(validate).not.toHaveBeenCalled();
    auto.changed();
    jest.advanceTimersByTime(600);
    expect(validate).toHaveBeenCalledTimes(1);
  });

  test("an edit made while one ran is not re-checked after a cancel", async () => {
    let finish: (() => void) | undefined;
    const validate = jest.fn(() => new Promise<void>((r) => (finish = r)));
    const auto = new AutoValidator(validate, { delayMs: 600 });
    auto.changed();
    jest.advanceTimersByTime(600);
    auto.changed();
    jest.advanceTimersByTime(600); // asks for one more after the running one
    auto.cancel();
    finish?.();
    for (let i = 0; i < 4; i++) await Promise.resolve();
    jest.advanceTimersByTime(5000);
    expect(validate).toHaveBeenCalledTimes(1);
  });
});
