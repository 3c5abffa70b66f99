package vn.gov.assistant.core.knowledge;

import vn.gov.assistant.core.contract.KnowledgeLogContract;

class InMemoryKnowledgeLogTest extends KnowledgeLogContract {

    private InMemoryKnowledgeLog log;

    @Override
    protected KnowledgeLog log() {
        log = new InMemoryKnowledgeLog();
        return log;
    }

    @Override
    protected KnowledgeLog again() {
        return log;
    }
}
