// A double-click (or double tap) on a card button or suggested action would send the same answer twice, and
// the conversation would move on twice: the second press lands on the next question. The browser counts the
// presses of one burst (click.detail); only the first goes through. Keyboard presses have detail 0.
export function ignoreRepeatedPresses(container) {
  container.addEventListener(
    'click',
    (event) => {
      if (event.detail > 1 && event.target instanceof Element && event.target.closest('button')) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true },
  );
}
