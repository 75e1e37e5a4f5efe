// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeSignInForm } from '../../../components/code-sign-in-form';

/* The one code sign-in form of the console and the vendor plugin's frame, each with its words and style. */

afterEach(cleanup);

const TEXTS = { label: 'Inlogcode', submit: 'Inloggen', busy: 'Bezig…' };
const CLASSES = { form: 'f', button: 'b', error: 'e' };

describe('the code sign-in form', () => {
  it('sends the trimmed code, says it is busy meanwhile and shows the refusal at the field', async () => {
    let answer!: (failure: string | null) => void;
    const sent: string[] = [];
    render(<CodeSignInForm id="code" texts={TEXTS} classes={CLASSES} onSignIn={(code) => (sent.push(code), new Promise((r) => (answer = r)))} />);
    const field = screen.getByLabelText('Inlogcode');
    fireEvent.input(field, { target: { value: '  demo-admin ' } });
    fireEvent.submit(field.closest('form')!);
    const button = await screen.findByRole('button', { name: 'Bezig…' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(sent).toEqual(['demo-admin']);
    answer('Deze code is verlopen.');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Deze code is verlopen.');
    expect(alert.className).toBe('e');
    expect(field.getAttribute('aria-describedby')).toBe('code-error');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Inloggen' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a notice from the start and cannot be sent while the page signs in another way', () => {
    render(<CodeSignInForm id="code" texts={TEXTS} classes={{ button: 'b', error: 'e' }} onSignIn={async () => null} notice="Je sessie is verlopen." disabled />);
    expect(screen.getByRole('alert').textContent).toBe('Je sessie is verlopen.');
    expect((screen.getByRole('button', { name: 'Inloggen' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
