// Placeholder until the taskpane is written: reports when Office is ready.
Office.onReady(() => {
  document.body.dataset.officeReady = "true";
});
