/** The ribbon's ExecuteFunction buttons ("Chèn mẫu", "Kiểm tra"), run without opening the task pane. */

/** Placeholder until the Excel adapter wires the buttons: completes so Excel does not wait. */
function notYetWired(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("insertTemplate", notYetWired);
  Office.actions.associate("validate", notYetWired);
});
