package cn.communityworkers.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The digest of an instance's history rows: every row of every table a trail is built from ({@link TrailBuilder}),
 * with every column that has a value, and the bytes its values are stored in. A seal keeps it ({@code rows_hash},
 * inside its seal hash), so that a verification can tell with a dozen queries for a whole chunk of seals that an
 * instance's history has not changed at all since its seal; wherever the digest differs, the trail is built again and
 * compared, as for a seal without one. The digest is stricter than the trail: it changes with columns the trail does
 * not show, and then the rebuilt trail decides.
 * <p>
 * Each row is hashed on its own (the table, then each column's name and value, length-prefixed), and an instance's
 * digest is the hash of its rows' hashes sorted: it does not depend on the order the database returns rows in, and a
 * column added by an engine upgrade, empty in the rows sealed before it, does not change their digest.
 */
@Component
class HistoryRows {

    private static final String PROCESS_INSTANCE = "procinst";
    /**
     * What a trail reads of an instance, one query per table; each selects the instance's id first ({@code pid_}).
     * The process definition gives the trail its name and version; the byte arrays hold values.
     */
    private static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> tables = new TreeMap<>();
        tables.put(PROCESS_INSTANCE, "select p.id_ as pid_, p.*, d.name_ as procdef_name_, d.version_ as procdef_version_,"
                + " d.key_ as procdef_key_ from act_hi_procinst p left join act_re_procdef d on d.id_ = p.proc_def_id_"
                + " where p.id_ in (%s)");
        tables.put("actinst", "select a.proc_inst_id_ as pid_, a.* from act_hi_actinst a where a.proc_inst_id_ in (%s)");
        tables.put("taskinst", "select t.proc_inst_id_ as pid_, t.* from act_hi_taskinst t where t.proc_inst_id_ in (%s)");
        tables.put("identitylink", "select t.proc_inst_id_ as pid_, l.* from act_hi_identitylink l"
                + " join act_hi_taskinst t on t.id_ = l.task_id_ where t.proc_inst_id_ in (%s)");
        tables.put("varinst", "select v.proc_inst_id_ as pid_, v.*, b.bytes_ as bytearray_bytes_ from act_hi_varinst v"
                + " left join act_ge_bytearray b on b.id_ = v.bytearray_id_ where v.proc_inst_id_ in (%s)");
        tables.put("detail", "select d.proc_inst_id_ as pid_, d.*, b.bytes_ as bytearray_bytes_ from act_hi_detail d"
                + " left join act_ge_bytearray b on b.id_ = d.bytearray_id_ where d.proc_inst_id_ in (%s)");
        tables.put("op_log", "select o.proc_inst_id_ as pid_, o.* from act_hi_op_log o where o.proc_inst_id_ in (%s)");
        tables.put("incident", "select i.proc_inst_id_ as pid_, i.* from act_hi_incident i where i.proc_inst_id_ in (%s)");
        tables.put("job_log", "select j.process_instance_id_ as pid_, j.* from act_hi_job_log j"
                + " where j.process_instance_id_ in (%s)");
        tables.put("comment", "select c.proc_inst_id_ as pid_, c.* from act_hi_comment c where c.proc_inst_id_ in (%s)");
        tables.put("decinst", "select d.proc_inst_id_ as pid_, d.* from act_hi_decinst d where d.proc_inst_id_ in (%s)");
        tables.put("dec_in", "select d.proc_inst_id_ as pid_, i.*, b.bytes_ as bytearray_bytes_ from act_hi_dec_in i"
                + " join act_hi_decinst d on d.id_ = i.dec_inst_id_ left join act_ge_bytearray b on b.id_ = i.bytearray_id_"
                + " where d.proc_inst_id_ in (%s)");
        tables.put("dec_out", "select d.proc_inst_id_ as pid_, o.*, b.bytes_ as bytearray_bytes_ from act_hi_dec_out o"
                + " join act_hi_decinst d on d.id_ = o.dec_inst_id_ left join act_ge_bytearray b on b.id_ = o.bytearray_id_"
                + " where d.proc_inst_id_ in (%s)");
        return tables;
    }

    /** The most instances one query asks for. */
    private static final int SLICE = 500;

    private final JdbcTemplate jdbc;

    HistoryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The digest of each instance's history rows, hex; an instance without history has none. */
    Map<String, String> digests(Collection<String> processInstanceIds) {
        List<String> ids = List.copyOf(processInstanceIds);
        Map<String, String> digests = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            digests.putAll(slice(ids.subList(from, Math.min(ids.size(), from + SLICE))));
        }
        return digests;
    }

    private Map<String, String> slice(List<String> ids) {
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<String, List<byte[]>> rows = new HashMap<>();
        Set<String> present = new HashSet<>();
        TABLES.forEach((table, sql) -> jdbc.query(sql.formatted(placeholders), (ResultSet row) -> {
            String id = row.getString("pid_");
            rows.computeIfAbsent(id, k -> new ArrayList<>()).add(rowHash(table, row));
            if (PROCESS_INSTANCE.equals(table)) {
                present.add(id);
            }
        }, ids.toArray()));
        // An instance whose process instance row is gone has no history to compare, whatever else is left of it.
        Map<String, String> digests = new HashMap<>();
        present.forEach(id -> digests.put(id, digest(rows.get(id))));
        return digests;
    }

    private static String digest(List<byte[]> rowHashes) {
        MessageDigest sha = Canonical.sha256();
        rowHashes.stream().sorted(Arrays::compare).forEach(sha::update);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One row: the table, then each column with a value (its name and value), in the columns' names' order. */
    private static byte[] rowHash(String table, ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        Map<String, byte[]> values = new TreeMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            byte[] value = value(row, i, columns.getColumnType(i));
            if (value != null) {
                values.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
            }
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        field(text, table.getBytes(StandardCharsets.UTF_8));
        values.forEach((name, value) -> {
            field(text, name.getBytes(StandardCharsets.UTF_8));
            field(text, value);
        });
        return Canonical.sha256().digest(text.toByteArray());
    }

    private static byte[] value(ResultSet row, int column, int type) throws SQLException {
        return switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> row.getBytes(column);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.TIME -> {
                Timestamp time = row.getTimestamp(column);
                yield time == null ? null : time.toInstant().toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String text = row.getString(column);
                yield text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static void field(ByteArrayOutputStream text, byte[] bytes) {
        text.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        text.writeBytes(bytes);
    }
}
