import 'react-api-error-kit/styles.css';

export const metadata = { title: 'Kit in Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
