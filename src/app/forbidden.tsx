import { StatusPage } from "@/components/status-page";

export default function Forbidden() {
  return (
    <StatusPage code={403} title="You don’t have access to this page">
      Your role does not include this page. If you need it for your work, ask your manager to request access from
      the Service Desk. This attempt has been recorded.
    </StatusPage>
  );
}
