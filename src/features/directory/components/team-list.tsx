import { Button } from "@/components/ui/button";
import { ROLE_LABELS, isRole } from "@/domain/authz/roles";
import { removeMemberAction, setLeadAction } from "../actions";
import type { TeamAdminData } from "../queries";
import { AddMemberForm } from "./team-forms";

type Team = TeamAdminData["teams"][number];
const MODE_WORDS = { ONSITE: "On site", REMOTE: "Remote" } as const;

function MemberRow({ team, member }: { team: Team; member: Team["members"][number] }) {
  const who = member.user.displayName;
  return (
    <tr className="border-b border-line/40">
      <th scope="row" className="p-2 text-left font-semibold">{who}</th>
      <td className="p-2">{isRole(member.user.role) ? ROLE_LABELS[member.user.role] : member.user.role}</td>
      <td className="p-2">{member.isLead ? "Team lead" : "Member"}</td>
      <td className="flex flex-wrap gap-2 p-2">
        <form action={setLeadAction}>
          <input type="hidden" name="teamId" value={team.id} />
          <input type="hidden" name="userId" value={member.user.id} />
          <input type="hidden" name="isLead" value={String(!member.isLead)} />
          <Button type="submit" variant="secondary" aria-label={`${member.isLead ? "No longer lead" : "Make lead"}: ${who}`}>
            {member.isLead ? "No longer lead" : "Make lead"}
          </Button>
        </form>
        <form action={removeMemberAction}>
          <input type="hidden" name="teamId" value={team.id} />
          <input type="hidden" name="userId" value={member.user.id} />
          <Button type="submit" variant="secondary" aria-label={`Remove ${who} from ${team.name}`}>
            Remove
          </Button>
        </form>
      </td>
    </tr>
  );
}

/** One section per team: how it works, its members, and a form to add someone. */
export function TeamList({ data }: { data: TeamAdminData }) {
  return (
    <div className="flex flex-col gap-6">
      {data.teams.map((team) => (
        <section key={team.id} aria-labelledby={`team-${team.id}`} className="flex flex-col gap-3 rounded-md bg-paper p-5 shadow-sm">
          <h2 id={`team-${team.id}`} className="text-xl font-bold">
            {team.name}
            {!team.active && <span className="ml-2 text-sm text-ink-muted">(inactive)</span>}
          </h2>
          <p>
            {MODE_WORDS[team.mode]}
            {team.campus && `, ${team.campus.name}`}
            {team.campusDefault && " (takes hands-on work at this campus by default)"}
          </p>
          {team.members.length === 0 ? (
            <p>No one is on this team.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Members of {team.name}</caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="p-2">Name</th>
                    <th scope="col" className="p-2">Role</th>
                    <th scope="col" className="p-2">On the team as</th>
                    <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {team.members.map((member) => (
                    <MemberRow key={member.user.id} team={team} member={member} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {team.active && <AddMemberForm team={team} people={data.people} />}
        </section>
      ))}
    </div>
  );
}
