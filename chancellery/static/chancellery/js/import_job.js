// A large import's page (templates/admin/import_job.html): the progress bar follows the job
// every two seconds; once the job has left its step, the page is loaded again to show the result.
"use strict";
(function () {
  const status = document.getElementById("import-job-status");
  const bar = document.getElementById("import-job-progress");
  const page = document.querySelector(".import-job");
  if (!status || !bar || !page) return;
  const state = page.dataset.state;
  async function poll() {
    try {
      const response = await fetch(status.dataset.progressUrl, {credentials: "same-origin"});
      if (!response.ok) return;
      const job = await response.json();
      if (job.state !== state) {
        window.location.reload();
        return;
      }
      bar.value = job.rows_done;
    } catch (error) {
      // The next poll tries again.
    }
    window.setTimeout(poll, 2000);
  }
  window.setTimeout(poll, 2000);
})();
