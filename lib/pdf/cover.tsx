// The first block an auditor reads: which card and version, its status and risk, who wrote it and when, and the hash everything else names.
import { Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import type { VersionDto } from '@/lib/server/model-cards/card-dto';
import { COLORS } from './theme';
import { formatTimestamp } from '@/lib/format';
import { carriesApproval } from './approval';

const coverStyles = StyleSheet.create({
  kicker: { fontSize: 8, letterSpacing: 1.2, color: COLORS.muted, textTransform: 'uppercase' },
  title: { fontSize: 22, fontWeight: 700, color: COLORS.ink, marginTop: 2, marginBottom: 10 },
  grid: {
    flexDirection: 'row',
    flexWrap: 'wrap',
    borderTopWidth: 1.5,
    borderTopColor: COLORS.accent,
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.rule,
    paddingVertical: 6,
  },
  cell: { width: '50%', paddingVertical: 4, paddingRight: 10 },
  label: { fontSize: 7, color: COLORS.muted, textTransform: 'uppercase', letterSpacing: 0.5 },
  value: { fontSize: 9.5, fontWeight: 600 },
  hashRow: { width: '100%', paddingVertical: 4 },
  hash: { fontSize: 8.5, fontWeight: 600 },
});

function Fact({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  return (
    <View style={wide ? coverStyles.hashRow : coverStyles.cell}>
      <Text style={coverStyles.label}>{label}</Text>
      <Text style={wide ? coverStyles.hash : coverStyles.value}>{value}</Text>
    </View>
  );
}

/** The model is named by model_name, else model_id, else the model package it documents. */
function modelOf(version: VersionDto): string {
  const overview = version.content.model_overview;
  const pkg = version.content.model_package_details;
  return overview?.model_name ?? overview?.model_id ?? pkg?.model_package_name ?? pkg?.model_package_arn ?? 'Not named';
}

export function Cover({ version }: { version: VersionDto }) {
  const lastChange = version.statusChanges.at(-1);
  const approved = carriesApproval(version);
  const statusColor = approved ? COLORS.approved : COLORS.warning;
  const statusText = approved && version.status !== 'Approved' ? `${version.status} (approved before archiving)` : version.status;
  return (
    <View>
      <Text style={coverStyles.kicker}>Model card</Text>
      <Text style={coverStyles.title}>{version.card.name}</Text>
      <View style={coverStyles.grid}>
        <Fact label="Model" value={modelOf(version)} />
        <Fact label="Version" value={`${version.version}${version.isLatest ? ' (latest)' : ` of ${version.card.latestVersion}`}`} />
        <View style={coverStyles.cell}>
          <Text style={coverStyles.label}>Status</Text>
          <Text style={[coverStyles.value, { color: statusColor }]}>{statusText}</Text>
        </View>
        <Fact label="Risk rating" value={version.content.intended_uses?.risk_rating ?? 'Unknown'} />
        <Fact label="Created by" value={`${version.author.name} <${version.author.email}>`} />
        <Fact label="Created at" value={formatTimestamp(version.createdAt)} />
        <Fact label="Last status change by" value={lastChange ? `${lastChange.actor.name} <${lastChange.actor.email}>` : version.author.name} />
        <Fact label="Last status change at" value={formatTimestamp(lastChange?.createdAt ?? version.createdAt)} />
        <Fact wide label="Content SHA-256 (canonical JSON)" value={version.contentHash} />
      </View>
    </View>
  );
}
