import { Widgets } from './widgets';

export default function Page() {
  return (
    <main>
      <h1>Root causes</h1>
      <Widgets />
    </main>
  );
}
