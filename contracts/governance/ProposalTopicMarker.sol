// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/**
 * @title ProposalTopicMarker
 * @notice Reads the topic a proposal's description names. A proposal's id is found from its contents
 * (targets, values, calldatas, description), so whoever creates given contents first decides everything
 * that is not part of them. Writing the topic into the description makes it part of the contents: a copy
 * of someone's proposal lands on the same topic, and a proposal on another topic is another proposal.
 *
 * The marker is `#topic=<n>` (n in decimal, one to three digits) at the very end of the description, or
 * just before OpenZeppelin's `#proposer=0x...` suffix (which binds the proposal to its proposer). A
 * description without it is on the general topic, 0.
 */
library ProposalTopicMarker {
    /// @dev `#proposer=` followed by a 0x-prefixed address: OpenZeppelin's suffix, 52 characters.
    uint256 private constant PROPOSER_SUFFIX_LENGTH = 52;
    bytes7 private constant TOPIC_MARKER = "#topic=";
    uint256 private constant MAX_DIGITS = 3;

    /// @notice The topic `description` names, 0 if it names none. Values above 255 come back as they are
    /// written, for the caller to refuse.
    function topicOf(string memory description) internal pure returns (uint256 topic) {
        bytes memory text = bytes(description);
        uint256 end = text.length;
        if (end >= PROPOSER_SUFFIX_LENGTH && bytes10(_word(text, end - PROPOSER_SUFFIX_LENGTH)) == "#proposer=") {
            end -= PROPOSER_SUFFIX_LENGTH;
        }
        uint256 start = end;
        while (start > 0 && end - start < MAX_DIGITS && _isDigit(text[start - 1])) --start;
        if (start == end || start < TOPIC_MARKER.length) return 0;
        if (bytes7(_word(text, start - TOPIC_MARKER.length)) != TOPIC_MARKER) return 0;
        for (uint256 i = start; i < end; ++i) {
            topic = topic * 10 + uint8(text[i]) - uint8(bytes1("0"));
        }
    }

    function _isDigit(bytes1 character) private pure returns (bool) {
        return character >= "0" && character <= "9";
    }

    /// @dev The 32 bytes of `text` from `offset` (callers use only the bytes inside `text`).
    function _word(bytes memory text, uint256 offset) private pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(add(text, 0x20), offset))
        }
    }
}
