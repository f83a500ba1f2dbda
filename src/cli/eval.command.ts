/** `chowki eval`: check a triage model (and the city's routing) against labelled messages before deploying it. */
import type { Command } from 'commander';
import { readConfig } from '../config.js';
import { loadCityFromDir } from '../geo/city.load.js';
import { locateConversation } from '../geo/conversation.locate.js';
import { createLocator } from '../geo/locator.js';
import type { Locator } from '../geo/locate.types.js';
import { readLabelledFile } from '../triage/dataset.load.js';
import { evaluateTriage, formatEvalReport } from '../triage/evaluate.js';
import type { RouteItem } from '../triage/evaluate.js';
import { createTriager } from '../triage/triager.load.js';

interface EvalFlags {
  json?: boolean;
  model?: string;
  cityDir?: string;
}

/** How `chowki eval` routes an item: a conversation message by message, a message with its pin. */
export function routeWith(locator: Locator): RouteItem {
  return (item, category) => {
    const placement = item.messages
      ? locateConversation(
          locator,
          item.messages.map((m) => ({ text: m.text, channel: m.channel, geo: m.geo })),
          category,
        )
      : locator.locate({ text: item.text, channel: item.channel, geo: item.geo }, category);
    return { station: placement.station, reasons: placement.reasons };
  };
}

/** Register `chowki eval <labelled.jsonl> [--json] [--model path] [--city-dir dir]`. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description(
      'score the triage model on a labelled JSONL file (messages or conversations): confusion matrices, precision, recall, F1, and station accuracy when items carry labels.station',
    )
    .argument('<labelled>', 'JSONL of {"text" | "messages": [{"text", "geo"?}], "labels": {"category", "priority", "language", "station"?}}')
    .option('--json', 'print the report as JSON')
    .option('--model <path>', 'model file to evaluate (default data/triage/model.json)')
    .option('--city-dir <dir>', 'city reference data for station accuracy (default CHOWKI_CITY_DIR)')
    .action((file: string, flags: EvalFlags) => {
      const triager = createTriager(flags.model);
      const items = readLabelledFile(file);
      const route = items.some((i) => i.labels.station !== undefined)
        ? routeWith(createLocator(loadCityFromDir(flags.cityDir ?? readConfig().cityDir)))
        : undefined;
      const report = evaluateTriage(triager, items, route);
      process.stdout.write(flags.json === true ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
    });
}
