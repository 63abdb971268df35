// Progressive enhancement: fills the search box's datalist with title suggestions. Without it, search still works.
(() => {
  const input = document.querySelector("input[data-suggest]");
  const list = input && document.getElementById(input.getAttribute("list"));
  if (!input || !list) return;
  let pending;
  input.addEventListener("input", () => {
    clearTimeout(pending);
    const prefix = input.value.trim();
    if (prefix.length < 2) return;
    pending = setTimeout(async () => {
      const response = await fetch(`${input.dataset.suggest}?prefix=${encodeURIComponent(prefix)}`, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const titles = await response.json();
      list.replaceChildren(...titles.map(title => Object.assign(document.createElement("option"), { value: title })));
    }, 150);
  });
})();
