// FHIR R4 under /fhir: instruments as Questionnaires, a participant's submitted questionnaires
// as QuestionnaireResponses and their scale scores as Observations (KL's FFInst guide for
// WHO-5), a programme's bulk export as NDJSON, and a FHIR Questionnaire imported as a
// programme's own instrument. docs/fhir.md describes it.
//
// Who may read what follows the staff app: signed-in staff (the session cookie) read
// Questionnaires; a participant's resources only for a mentor or administrator of that
// participant's organisation, each read audited like the staff app's reads; evaluators get no
// row-level FHIR (they see protected aggregates only); the bulk export and the import are for
// administrators of an organisation in the programme.
import { addProgrammeInstrument, audit, createContext, loadProgrammeInstruments, type Context } from "@skridt/api";
import type { Db } from "@skridt/db";
import {
  FHIR_JSON,
  FHIR_NDJSON,
  KL_WHO5_ID,
  fromQuestionnaire,
  questionnaireId,
  toNdjson,
  toPatient,
  toQuestionnaire,
  type Bundle,
  type FhirResource,
  type OperationOutcome,
} from "@skridt/fhir";
import { builtinInstrumentVersions, type TInstrument } from "@skridt/instruments";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { assessmentResources, participantResources, programmeResources, type TMapped } from "./fhir-data";
import { dateRangeOf, listOf, patientIdOf } from "./fhir-search";

type User = NonNullable<Context["user"]>;
type Query = Record<string, unknown>;

/** Roles that see a participant's own records (as in the staff app's participant page). */
const ROW_ROLES = ["mentor", "admin"];

function outcome(severity: "error" | "information", code: string, problems: readonly { path?: string; da: string; en: string }[]): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: problems.map((p) => ({ severity, code, diagnostics: `${p.da} / ${p.en}`, ...(p.path ? { expression: [p.path] } : {}) })),
  };
}

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).header("cache-control", "no-store").type(`${FHIR_JSON}; charset=utf-8`).send(JSON.stringify(body));
}

const refuse = (reply: FastifyReply, status: number, code: string, da: string, en: string) => send(reply, status, outcome("error", code, [{ da, en }]));
const notFound = (reply: FastifyReply) => refuse(reply, 404, "not-found", "Findes ikke, eller du har ikke adgang", "Not found, or you have no access");

function bundle(request: FastifyRequest, resources: FhirResource[]): Bundle {
  const base = `${request.protocol}://${request.host}/fhir`;
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: resources.length,
    link: [{ relation: "self", url: `${request.protocol}://${request.host}${request.url}` }],
    entry: resources.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode: "match" } })),
  };
}

export async function registerFhir(app: FastifyInstance, options: { db: Db; sessionCookie: string }) {
  const { db } = options;

  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<User | null> {
    const noCookies = { set: () => undefined, clear: () => undefined };
    const ctx = await createContext({ db, ip: request.ip, sessionToken: request.cookies[options.sessionCookie] ?? null, cookies: noCookies });
    if (!ctx.user) {
      await refuse(reply, 401, "login", "Log ind som medarbejder", "Sign in as staff");
      return null;
    }
    return ctx.user;
  }

  const rolesIn = (user: User, organisationId: string) => user.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);

  /** The participant, if the user is a mentor or administrator in their organisation (else a refusal was sent). */
  async function participantFor(user: User, participantId: string | null, reply: FastifyReply) {
    const participant = participantId
      ? await db.participant.findUnique({ where: { id: participantId }, select: { id: true, code: true, organisationId: true } })
      : null;
    const roles = participant ? rolesIn(user, participant.organisationId) : [];
    if (!participant || roles.length === 0) {
      await notFound(reply);
      return null;
    }
    if (!roles.some((r) => ROW_ROLES.includes(r))) {
      await refuse(
        reply,
        403,
        "forbidden",
        "Evaluatorer ser kun beskyttede samlede tal, ikke den enkelte deltagers svar",
        "Evaluators see protected aggregates only, not one participant's answers",
      );
      return null;
    }
    return participant;
  }

  function auditRead(request: FastifyRequest, user: User, participant: { id: string; organisationId: string }, resourceType: string, count: number) {
    return audit(db, {
      actorId: user.id,
      organisationId: participant.organisationId,
      action: "fhir.read",
      targetType: "participant",
      targetId: participant.id,
      ip: request.ip,
      detail: { resourceType, count },
    });
  }

  /** Built-ins, and the programme instruments of programmes the user's organisations take part in. */
  async function questionnairesFor(user: User): Promise<TInstrument[]> {
    const organisationIds = [...new Set(user.memberships.map((m) => m.organisationId))];
    const programmes = await db.programmeOrganisation.findMany({ where: { organisationId: { in: organisationIds } }, select: { programmeId: true } });
    const own = await Promise.all([...new Set(programmes.map((p) => p.programmeId))].map((id) => loadProgrammeInstruments(db, id)));
    return [...builtinInstrumentVersions, ...own.flat()];
  }

  async function searchParticipant(request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply, dateParam: "authored" | "date") {
    const user = await signedIn(request, reply);
    if (!user) return null;
    const subject = listOf(request.query.subject)[0] ?? listOf(request.query.patient)[0];
    const participantId = patientIdOf(subject);
    if (!participantId) {
      await refuse(reply, 400, "required", "Søg på én deltager: subject=Patient/<id>", "Search one participant: subject=Patient/<id>");
      return null;
    }
    const range = dateRangeOf(listOf(request.query[dateParam]));
    if (!range) {
      await refuse(
        reply,
        400,
        "value",
        `${dateParam} skal være en dato med ge, gt, le, lt eller eq foran`,
        `${dateParam} must be a date with ge, gt, le, lt or eq before it`,
      );
      return null;
    }
    const participant = await participantFor(user, participantId, reply);
    if (!participant) return null;
    return { user, participant, mapped: await participantResources(db, participant.id, range) };
  }

  async function readOne(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    pick: (m: TMapped) => FhirResource | undefined,
    assessmentId: string,
  ) {
    const user = await signedIn(request, reply);
    if (!user) return;
    const mapped = await assessmentResources(db, assessmentId);
    const participant = await participantFor(user, mapped?.participant.id ?? null, reply);
    if (!participant || !mapped) return;
    const resource = pick(mapped);
    if (!resource) return notFound(reply);
    await auditRead(request, user, participant, resource.resourceType, 1);
    return send(reply, 200, resource);
  }

  await app.register(
    async (fhir) => {
      fhir.addContentTypeParser(FHIR_JSON, { parseAs: "string" }, (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch (error) {
          done(error as Error, undefined);
        }
      });

      fhir.get("/metadata", async (request, reply) =>
        send(reply, 200, {
          resourceType: "CapabilityStatement",
          status: "active",
          date: "2026-12-03",
          kind: "instance",
          software: { name: "Skridt" },
          implementation: { description: "Skridt", url: `${request.protocol}://${request.host}/fhir` },
          fhirVersion: "4.0.1",
          format: ["json"],
          rest: [
            {
              mode: "server",
              resource: [
                { type: "Questionnaire", interaction: [{ code: "read" }, { code: "search-type" }], searchParam: [{ name: "url", type: "uri" }] },
                {
                  type: "QuestionnaireResponse",
                  interaction: [{ code: "read" }, { code: "search-type" }],
                  searchParam: [
                    { name: "subject", type: "reference" },
                    { name: "authored", type: "date" },
                  ],
                },
                {
                  type: "Observation",
                  interaction: [{ code: "read" }, { code: "search-type" }],
                  searchParam: [
                    { name: "subject", type: "reference" },
                    { name: "date", type: "date" },
                  ],
                },
                { type: "Patient", interaction: [{ code: "read" }] },
              ],
            },
          ],
        }),
      );

      fhir.get<{ Querystring: Query }>("/Questionnaire", async (request, reply) => {
        const user = await signedIn(request, reply);
        if (!user) return;
        const url = listOf(request.query.url)[0];
        const version = listOf(request.query.version)[0];
        const found = (await questionnairesFor(user)).map(toQuestionnaire).filter((q) => (!url || q.url === url) && (!version || q.version === version));
        return send(reply, 200, bundle(request, found));
      });

      fhir.get<{ Params: { id: string } }>("/Questionnaire/:id", async (request, reply) => {
        const user = await signedIn(request, reply);
        if (!user) return;
        const instrument = (await questionnairesFor(user)).find((i) =>
          i.id === "who5" ? request.params.id === KL_WHO5_ID : questionnaireId(i.id, i.version) === request.params.id,
        );
        return instrument ? send(reply, 200, toQuestionnaire(instrument)) : notFound(reply);
      });

      fhir.get<{ Params: { id: string } }>("/Patient/:id", async (request, reply) => {
        const user = await signedIn(request, reply);
        if (!user) return;
        const participant = await participantFor(user, patientIdOf(request.params.id), reply);
        if (!participant) return;
        await auditRead(request, user, participant, "Patient", 1);
        return send(reply, 200, toPatient(participant));
      });

      fhir.get<{ Querystring: Query }>("/QuestionnaireResponse", async (request, reply) => {
        const found = await searchParticipant(request, reply, "authored");
        if (!found) return;
        const resources = found.mapped.map((m) => m.response);
        await auditRead(request, found.user, found.participant, "QuestionnaireResponse", resources.length);
        return send(reply, 200, bundle(request, resources));
      });

      fhir.get<{ Params: { id: string } }>("/QuestionnaireResponse/:id", async (request, reply) =>
        readOne(request, reply, (m) => m.response, request.params.id),
      );

      fhir.get<{ Querystring: Query }>("/Observation", async (request, reply) => {
        const found = await searchParticipant(request, reply, "date");
        if (!found) return;
        const resources = found.mapped.flatMap((m) => m.observations);
        await auditRead(request, found.user, found.participant, "Observation", resources.length);
        return send(reply, 200, bundle(request, resources));
      });

      fhir.get<{ Params: { id: string } }>("/Observation/:id", async (request, reply) => {
        // An Observation's id is its assessment's id, a dash and the scale id.
        const assessmentId = request.params.id.split("-")[0] ?? "";
        return readOne(request, reply, (m) => m.observations.find((o) => o.id === request.params.id), assessmentId);
      });

      /** Bulk export (NDJSON) of one programme: only the participants of the administrator's own organisation(s). */
      fhir.get<{ Params: { programmeId: string } }>("/export/programme/:programmeId", async (request, reply) => {
        const user = await signedIn(request, reply);
        if (!user) return;
        const adminOf = user.memberships.filter((m) => m.role === "admin").map((m) => m.organisationId);
        const linked = await db.programmeOrganisation.findMany({
          where: { programmeId: request.params.programmeId, organisationId: { in: adminOf } },
          select: { organisationId: true },
        });
        if (linked.length === 0) return notFound(reply);
        const organisationIds = linked.map((l) => l.organisationId);
        const mapped = await programmeResources(db, request.params.programmeId, organisationIds);
        const instruments = new Map<string, TInstrument>();
        const patients = new Map<string, { id: string; code: string }>();
        for (const m of mapped) {
          instruments.set(`${m.assessment.instrument.id}@${m.assessment.instrument.version}`, m.assessment.instrument);
          patients.set(m.participant.id, m.participant);
        }
        const resources: FhirResource[] = [
          ...[...instruments.values()].map(toQuestionnaire),
          ...[...patients.values()].map((p) => toPatient(p)),
          ...mapped.map((m) => m.response),
          ...mapped.flatMap((m) => m.observations),
        ];
        for (const organisationId of organisationIds) {
          await audit(db, {
            actorId: user.id,
            organisationId,
            action: "fhir.bulk_export",
            targetType: "programme",
            targetId: request.params.programmeId,
            ip: request.ip,
            detail: { rows: resources.length, format: "ndjson" },
          });
        }
        return reply
          .code(200)
          .header("cache-control", "no-store")
          .header("content-disposition", `attachment; filename="skridt-fhir-${request.params.programmeId}.ndjson"`)
          .type(FHIR_NDJSON)
          .send(toNdjson(resources));
      });

      /** A FHIR Questionnaire as the programme's own instrument, through the same checks as a definition file. */
      fhir.post<{ Querystring: Query; Body: unknown }>("/Questionnaire/$import", async (request, reply) => {
        const user = await signedIn(request, reply);
        if (!user) return;
        const programmeId = listOf(request.query.programme)[0] ?? "";
        const adminOf = user.memberships.filter((m) => m.role === "admin").map((m) => m.organisationId);
        const linked = programmeId ? await db.programmeOrganisation.findFirst({ where: { programmeId, organisationId: { in: adminOf } } }) : null;
        if (!linked) return notFound(reply);
        const imported = fromQuestionnaire(request.body);
        const notes = outcome("information", "informational", imported.notes).issue;
        if (!imported.ok)
          return send(reply, 422, { resourceType: "OperationOutcome", issue: [...outcome("error", "not-supported", imported.problems).issue, ...notes] });
        const added = await addProgrammeInstrument(db, { programmeId, definition: JSON.stringify(imported.definition, null, 2), createdById: user.id });
        if (!added.ok) return send(reply, 422, { resourceType: "OperationOutcome", issue: [...outcome("error", "invalid", added.problems).issue, ...notes] });
        const { id, version } = added.instrument;
        await audit(db, {
          actorId: user.id,
          organisationId: linked.organisationId,
          action: "programme.add_instrument",
          targetType: "programme",
          targetId: programmeId,
          ip: request.ip,
          detail: { instrumentId: id, version, via: "fhir" },
        });
        const created = toQuestionnaire(added.instrument);
        reply.header("location", `/fhir/Questionnaire/${created.id}`);
        return send(reply, 201, {
          resourceType: "OperationOutcome",
          issue:
            notes.length > 0
              ? notes
              : outcome("information", "informational", [{ da: `${id} ${version} er tilføjet`, en: `${id} ${version} was added` }]).issue,
        });
      });

      // Anything else under /fhir is a FHIR client asking for what Skridt does not serve: say so
      // as FHIR (the web apps' fallback would answer with a page).
      fhir.all("/*", async (request, reply) =>
        refuse(
          reply,
          404,
          "not-supported",
          `${request.method} ${request.url.split("?")[0]} understøttes ikke (se /fhir/metadata)`,
          `${request.method} ${request.url.split("?")[0]} is not supported (see /fhir/metadata)`,
        ),
      );
    },
    { prefix: "/fhir" },
  );
}
