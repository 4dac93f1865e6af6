import {
  catalogueEntriesParamsSchema,
  catalogueEntriesResponseSchema,
  dutyEntryParamsSchema,
  editDutyEntryRequestSchema,
  editPracticeEntryRequestSchema,
  editRhkEntryRequestSchema,
  rhkEntryParamsSchema,
  practiceEntryParamsSchema,
  competencyCatalogueQuerySchema,
  competencyCatalogueResponseSchema,
  competencyGroupParamsSchema,
  errorResponseSchema,
  fillCompetencyGroupRequestSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { requireCatalogueEditor } from './catalogue-editor-access.js';
import { readCatalogueEntries } from './catalogue-entries.js';
import { readCompetencyCatalogue } from './competency-catalogue.js';
import { editDutyEntry, editPracticeEntry, editRhkEntry } from './edit-catalogue-entry.js';
import { fillCompetencyIndicators } from './fill-competency-indicators.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/**
 * Catalogues the Admin edits with history and provenance (issue 13 item 3): the 2025+ competency
 * indicators, the 2024 RHK point table, Praktik Kinerja indicators and tugas tambahan per period
 * (domain.md §4, §8.1).
 */
export const catalogueRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/catalogues/competency-indicators',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Katalog indikator Pengembangan Kompetensi (2025+) per periode',
          querystring: competencyCatalogueQuerySchema,
          response: { 200: competencyCatalogueResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readCompetencyCatalogue(ctx.db, period.id);
      },
    );

    app.put(
      '/api/catalogues/competency-indicators/:periodId/:groupCode',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Isi indikator satu kompetensi untuk satu periode (Admin; versi baru)',
          params: competencyGroupParamsSchema,
          body: fillCompetencyGroupRequestSchema,
          response: { 200: competencyCatalogueResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await fillCompetencyIndicators(ctx, {
          personId: session.personId,
          ...request.params,
          body: request.body,
          requestId: request.id,
        });
        return readCompetencyCatalogue(ctx.db, request.params.periodId);
      },
    );

    app.get(
      '/api/catalogues/:periodId/entries',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Katalog yang dapat diubah Admin per periode, dengan sumber dan riwayat (Admin)',
          params: catalogueEntriesParamsSchema,
          response: { 200: catalogueEntriesResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await requireCatalogueEditor(ctx.db, session.personId, request.params.periodId);
        return readCatalogueEntries(ctx.db, request.params.periodId);
      },
    );

    app.put(
      '/api/catalogues/:periodId/practice/:employeeKind/:code',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Ubah indikator Praktik Kinerja beserta target perilakunya (Admin; revisi baru)',
          params: practiceEntryParamsSchema,
          body: editPracticeEntryRequestSchema,
          response: { 200: catalogueEntriesResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { periodId, employeeKind, code } = request.params;
        const actor = { personId: session.personId, requestId: request.id };
        await editPracticeEntry(ctx, {
          ...actor,
          periodId,
          employeeKind,
          code,
          body: request.body,
        });
        return readCatalogueEntries(ctx.db, periodId);
      },
    );

    app.put(
      '/api/catalogues/:periodId/additional-duties/:code',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Ubah atau tambah tugas tambahan beserta dasar hukumnya (Admin; revisi baru)',
          params: dutyEntryParamsSchema,
          body: editDutyEntryRequestSchema,
          response: { 200: catalogueEntriesResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { periodId, code } = request.params;
        const actor = { personId: session.personId, requestId: request.id };
        await editDutyEntry(ctx, { ...actor, periodId, code, body: request.body });
        return readCatalogueEntries(ctx.db, periodId);
      },
    );

    app.put(
      '/api/catalogues/:periodId/competency-rhk/:code',
      {
        schema: {
          tags: ['catalogues'],
          summary:
            'Ubah satu baris tabel poin RHK Pengembangan Kompetensi 2024 (Admin; revisi baru)',
          params: rhkEntryParamsSchema,
          body: editRhkEntryRequestSchema,
          response: { 200: catalogueEntriesResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { periodId, code } = request.params;
        const actor = { personId: session.personId, requestId: request.id };
        await editRhkEntry(ctx, { ...actor, periodId, code, body: request.body });
        return readCatalogueEntries(ctx.db, periodId);
      },
    );
  };
