import { StatusPage } from "@/components/status-page";

export default function NotFound() {
  return (
    <StatusPage code={404} title="We could not find that page">
      The link may be old, or the page may have moved.
    </StatusPage>
  );
}
