package io.github.kazextract.extract;

/**
 * One recognised mention of an entity, already resolved to the document-level canonical name
 * (a {@code Тоқаевқа} mention carries {@code Қасым-Жомарт Тоқаев}). Produced by entity
 * recognition, consumed by the event and statistic rules.
 *
 * @param kind person, organisation or place
 * @param name canonical name of the entity this mention refers to
 * @param subtype the {@link io.github.kazextract.model.PlaceKind} name for places, else null
 * @param tokenStart index of the first token of the mention
 * @param tokenEnd index after the last token of the mention
 * @param start UTF-16 start offset in the original text
 * @param end UTF-16 end offset (exclusive) in the original text
 * @param byRole true when the mention is a role phrase standing for the entity
 *     ({@code Мемлекет басшысы} for the President), not a name
 */
public record EntityMention(
    EntityKind kind, String name, String subtype, int tokenStart, int tokenEnd, int start, int end, boolean byRole) {}
