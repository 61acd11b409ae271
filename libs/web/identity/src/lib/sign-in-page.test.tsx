import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { safeNext, SignInPage } from './sign-in-page';

function renderWith(code: string, message: string) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const client = createMockClient(
    {
      SignIn: () => ({ errors: [{ message, extensions: { code } }] }),
      SignUpAvailable: () => ({ data: { signUpAvailable: true } }),
    },
    calls,
  );
  render(
    <MockProviders client={client}>
      <MemoryRouter initialEntries={['/sign-in']}>
        <SignInPage />
      </MemoryRouter>
    </MockProviders>,
  );
  return calls;
}

async function submit() {
  await userEvent.type(screen.getByLabelText('Email'), 'ana@example.test');
  await userEvent.type(screen.getByLabelText('Password'), 'not-the-password');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('says kindly that the email and password do not match', async () => {
    const calls = renderWith('UNAUTHENTICATED', 'The email or password is not right.');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an active account.',
    );
    expect(calls.find((c) => c.operation === 'SignIn')?.variables).toEqual({
      input: { email: 'ana@example.test', password: 'not-the-password' },
    });
  });

  it('passes on the server’s rate-limit message', async () => {
    renderWith('RATE_LIMITED', 'Too many attempts. Try again in 60 seconds.');
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 60 seconds');
  });

  it('offers sign-up when the organisation has it open', async () => {
    renderWith('UNAUTHENTICATED', 'x');
    expect(await screen.findByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
  });

  it('keeps the button disabled until both fields are filled', async () => {
    renderWith('UNAUTHENTICATED', 'x');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Email'), 'a@b.c');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  it('follows only same-site paths after signing in', () => {
    expect(safeNext('/groups/x')).toBe('/groups/x');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
