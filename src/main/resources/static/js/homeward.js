// Homeward's few lines of its own script; pages allow no inline script (Content-Security-Policy).

// A member row's remove button: with script the row goes at once, keeping everything typed;
// without script the button sends the form back and the server leaves the row out.
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-remove-row]');
  if (!button) {
    return;
  }
  event.preventDefault();
  document.getElementById(button.dataset.removeRow)?.remove();
  document.getElementById('add-member')?.focus();
});
