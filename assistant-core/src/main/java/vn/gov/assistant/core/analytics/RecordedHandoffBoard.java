package vn.gov.assistant.core.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.TranscriptLine;

/** A board that tells the recorder of each hand-off it opened and each claim it granted. */
final class RecordedHandoffBoard implements HandoffBoard {

    private final HandoffBoard board;
    private final AnalyticsRecorder recorder;

    RecordedHandoffBoard(HandoffBoard board, AnalyticsRecorder recorder) {
        this.board = Objects.requireNonNull(board);
        this.recorder = Objects.requireNonNull(recorder);
    }

    @Override
    public boolean open(Handoff handoff, List<TranscriptLine> transcript) {
        boolean opened = board.open(handoff, transcript);
        if (opened) {
            recorder.handoffOpened(handoff);
        }
        return opened;
    }

    @Override
    public Optional<Handoff> claim(String id, String staff, Instant now) {
        Optional<Handoff> claimed = board.claim(id, staff, now);
        claimed.ifPresent(recorder::handoffClaimed);
        return claimed;
    }

    @Override
    public Optional<Handoff> get(String id) {
        return board.get(id);
    }

    @Override
    public Optional<Handoff> openFor(String conversationId) {
        return board.openFor(conversationId);
    }

    @Override
    public List<Handoff> open() {
        return board.open();
    }

    @Override
    public int position(String id) {
        return board.position(id);
    }

    @Override
    public Optional<Handoff> transfer(String id, String from, String to, Instant now) {
        return board.transfer(id, from, to, now);
    }

    @Override
    public Optional<Handoff> end(String id, Handoff.Status end, Instant now) {
        return board.end(id, end, now);
    }

    @Override
    public boolean append(String id, TranscriptLine line) {
        return board.append(id, line);
    }

    @Override
    public List<TranscriptLine> transcript(String id) {
        return board.transcript(id);
    }

    @Override
    public List<Handoff> ofConversation(String conversationId) {
        return board.ofConversation(conversationId);
    }

    @Override
    public List<Handoff> endedBefore(Instant before) {
        return board.endedBefore(before);
    }

    @Override
    public boolean delete(String id) {
        return board.delete(id);
    }
}
