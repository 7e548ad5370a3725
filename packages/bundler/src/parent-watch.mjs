// Preloaded into Alto (node --import). When the process that started this bundler is gone, however
// it ended (even SIGKILL, when no exit hook runs), this process is handed to another parent: then the
// bundler stops, first politely (Alto's own SIGTERM shutdown), then its whole process group.
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.kill(-process.pid, 'SIGKILL'), 5_000).unref();
}, 500);
watch.unref();
