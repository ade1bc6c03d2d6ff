// 发起交接: once a unit is chosen, the lists of the departing official and the successor show
// only the officials of that unit and the units below it, the only ones opening takes
// (newcomer 21 #25). Without this script the lists are grouped by unit, the chosen unit's first.
(function () {
  'use strict';
  const unit = document.getElementById('open-unit');
  if (!unit) return;
  const lists = ['open-departing', 'open-successor'].map((id) => document.getElementById(id)).filter(Boolean);

  function narrow() {
    const chosen = unit.options[unit.selectedIndex];
    const path = chosen && chosen.dataset.path ? chosen.dataset.path : null;
    for (const list of lists) {
      for (const group of list.querySelectorAll('optgroup')) {
        const shown = !path || (group.dataset.path || '').startsWith(path);
        group.hidden = !shown;
        group.disabled = !shown;
      }
      const picked = list.options[list.selectedIndex];
      if (picked && picked.parentElement.disabled) list.value = '';
    }
  }

  unit.addEventListener('change', narrow);
  narrow();
})();
